package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a user can do next with a failed batch, derived from its status and the objection window. */
public enum PostProcessingAction {
    NOTIFY, REQUEST_RETEST, RECORD_RETEST, ORDER_RECTIFICATION, REINSPECT, CLOSE;

    /**
     * The actions of the rows leaving the batch's status in {@link BatchTransition}'s table; while
     * notified, the objection window decides between a re-test request and a rectification order.
     */
    public static List<PostProcessingAction> available(SamplingBatch b, LocalDate today) {
        List<PostProcessingAction> list = new ArrayList<>();
        for (BatchTransition t : BatchTransition.from(b.getStatus())) {
            PostProcessingAction a = t.action();
            if (a == null || list.contains(a)) {
                continue;
            }
            if (b.getStatus() == BatchStatus.NOTIFIED && (a == REQUEST_RETEST) != b.isObjectionWindowOpen(today)) {
                continue;
            }
            list.add(a);
        }
        return list;
    }

    public String messageCode() {
        return "spotcheck.action." + name();
    }
}

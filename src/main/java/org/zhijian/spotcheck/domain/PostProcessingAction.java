package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a user can do next with a failed batch, derived from its status and the objection window. */
public enum PostProcessingAction {
    NOTIFY, REQUEST_RETEST, RECORD_RETEST, ORDER_RECTIFICATION, REINSPECT, CLOSE;

    public static List<PostProcessingAction> available(SamplingBatch b, LocalDate today) {
        List<PostProcessingAction> list = new ArrayList<>();
        switch (b.getStatus()) {
            case FAILED -> list.add(NOTIFY);
            case NOTIFIED -> list.add(b.isObjectionWindowOpen(today) ? REQUEST_RETEST : ORDER_RECTIFICATION);
            case RETEST_REQUESTED -> list.add(RECORD_RETEST);
            case RETEST_UPHELD -> list.add(ORDER_RECTIFICATION);
            case RECTIFICATION_ORDERED -> list.add(REINSPECT);
            case REINSPECTED -> {
                list.add(CLOSE);
                list.add(ORDER_RECTIFICATION);
            }
            default -> {
            }
        }
        return list;
    }

    public String messageCode() {
        return "spotcheck.action." + name();
    }
}

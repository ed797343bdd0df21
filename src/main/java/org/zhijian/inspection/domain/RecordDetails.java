package org.zhijian.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officers write at the enterprise: one answer (and note) per checklist item in order, the
 * result category, the representative's acknowledgement (signed, or refused to sign), and for each
 * non-conforming item what to open from it.
 */
public record RecordDetails(LocalDate inspectedOn, String place, List<ItemAnswer> answers, List<String> notes,
                            ResultCategory resultCategory, String summary, String representativeName,
                            boolean representativeSigned, List<FollowUp> followUps) {

    /** What to open, on submission, from a non-conforming item: nothing yet, a hazard, or an enforcement clue. */
    public enum FollowUp {
        NONE, HAZARD, CLUE;

        public String messageCode() {
            return "inspection.followUp." + name();
        }
    }

    public FollowUp followUpAt(int index) {
        return followUps == null || followUps.size() <= index || followUps.get(index) == null ? FollowUp.NONE
                : followUps.get(index);
    }
}

package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One step of a case as the user entered it. Which fields a step needs: ISSUE_NOTICE and DECIDE the
 * penalty (kinds, fine, content, and the licence for a suspension or revocation); PAUSE_CLOCK the kind;
 * EXECUTE the amount paid for a fine; RECORD_STATEMENT, EXTEND, TRANSFER, CLOSE_WITHOUT_PENALTY a note.
 */
public record CaseCommand(CaseAction action, LocalDate occurredOn, String note, Set<PenaltyKind> kinds,
                          BigDecimal fine, String penaltyContent, Long licenceId, PauseKind pauseKind,
                          BigDecimal paidAmount) {

    public static CaseCommand of(CaseAction action, LocalDate on, String note) {
        return new CaseCommand(action, on, note, null, null, null, null, null, null);
    }
}

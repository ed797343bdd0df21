package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import org.zhijian.catalogue.domain.Judgement;

/**
 * When a batch's verdict is final (only final verdicts count in pass rates and
 * announcements): a pass is final at once; a failure once the objection window
 * has closed without a re-test request; a re-tested batch once the re-test
 * result is in. {@link #SQL} is the same rule for aggregate queries.
 */
public final class FinalVerdict {

    /** The rule over sampling_batch aliased b, with the named parameter :today. */
    public static final String SQL = "(b.retest_verdict is not null"
            + " or (b.retest_requested_on is null and b.verdict = 'PASS')"
            + " or (b.retest_requested_on is null and b.verdict = 'FAIL' and b.objection_deadline < :today))";

    private FinalVerdict() {
    }

    public static boolean isFinal(Judgement verdict, LocalDate objectionDeadline, LocalDate retestRequestedOn,
                                  Judgement retestVerdict, LocalDate today) {
        if (retestVerdict != null) {
            return true;
        }
        if (verdict == null || retestRequestedOn != null) {
            return false;
        }
        return verdict == Judgement.PASS || objectionDeadline != null && objectionDeadline.isBefore(today);
    }
}

package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * Which penalties are serious (a hearing may be requested, within 5 working days of the advance
 * notice) and which may be decided on the spot (简易程序). Thresholds are configurable; the
 * defaults are the Administrative Penalty Law's (行政处罚法 第五十一条、第六十三条) and the SAMR
 * hearing rules': a fine of at least 10,000 yuan for a person or 100,000 yuan for an organisation,
 * licence revocation, a production stop; on the spot a warning or a fine up to 200 / 3,000 yuan.
 */
public final class PenaltyRules {

    public static final int HEARING_REQUEST_WORKING_DAYS = 5;
    public static final int STATEMENT_WORKING_DAYS = 5;

    private static final Set<PenaltyKind> ALWAYS_SERIOUS = EnumSet.of(PenaltyKind.LICENCE_REVOCATION,
            PenaltyKind.PRODUCTION_STOP);
    private static final Set<PenaltyKind> ON_THE_SPOT = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE);

    private final BigDecimal seriousPersonFine;
    private final BigDecimal seriousOrganisationFine;
    private final BigDecimal simplePersonFine;
    private final BigDecimal simpleOrganisationFine;

    public PenaltyRules(BigDecimal seriousPersonFine, BigDecimal seriousOrganisationFine,
                        BigDecimal simplePersonFine, BigDecimal simpleOrganisationFine) {
        this.seriousPersonFine = seriousPersonFine;
        this.seriousOrganisationFine = seriousOrganisationFine;
        this.simplePersonFine = simplePersonFine;
        this.simpleOrganisationFine = simpleOrganisationFine;
    }

    public static PenaltyRules defaults() {
        return new PenaltyRules(new BigDecimal("10000"), new BigDecimal("100000"), new BigDecimal("200"),
                new BigDecimal("3000"));
    }

    /** A penalty for which the party may request a hearing (听证). */
    public boolean isSerious(Set<PenaltyKind> kinds, BigDecimal fine, PartyKind party) {
        if (kinds.stream().anyMatch(ALWAYS_SERIOUS::contains)) {
            return true;
        }
        BigDecimal threshold = party == PartyKind.PERSON ? seriousPersonFine : seriousOrganisationFine;
        return kinds.contains(PenaltyKind.FINE) && fine != null && fine.compareTo(threshold) >= 0;
    }

    /** Whether the simple procedure (当场处罚) may impose this: a warning, or a fine within the limit. */
    public boolean allowsSimpleProcedure(Set<PenaltyKind> kinds, BigDecimal fine, PartyKind party) {
        if (kinds.isEmpty() || !ON_THE_SPOT.containsAll(kinds)) {
            return false;
        }
        if (!kinds.contains(PenaltyKind.FINE)) {
            return true;
        }
        BigDecimal limit = party == PartyKind.PERSON ? simplePersonFine : simpleOrganisationFine;
        return fine != null && fine.signum() > 0 && fine.compareTo(limit) <= 0;
    }

    /** The last day to request a hearing after the advance notice was served on {@code noticeOn}. */
    public static LocalDate hearingRequestBy(WorkingDayCalendar calendar, LocalDate noticeOn) {
        return calendar.after(noticeOn, HEARING_REQUEST_WORKING_DAYS);
    }

    public BigDecimal seriousThreshold(PartyKind party) {
        return party == PartyKind.PERSON ? seriousPersonFine : seriousOrganisationFine;
    }
}

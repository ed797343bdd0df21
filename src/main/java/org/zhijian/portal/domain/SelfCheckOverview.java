package org.zhijian.portal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhijian.enterprise.domain.Industry;

/**
 * The enterprise's self-check page: its own risk points, how many template lines it has not adopted yet,
 * its recent self-checks, and where each of the two regulations' records stands.
 */
public record SelfCheckOverview(Industry industry, List<OwnRiskPoint> points, long templateLinesNotAdopted,
                                List<CheckLine> recentChecks, Map<DutyPeriod, DutyState> duties,
                                List<DutyRecord> recentRecords) {

    public record CheckLine(String pointName, LocalDate checkedOn, SelfCheck.Outcome outcome, String findings,
                            String recordedBy) {
    }

    /**
     * @param currentStart the start of the period running today
     * @param latest       the last period recorded, or null
     * @param currentDone  whether the running period is recorded already
     * @param behind       whether a period that has ended is missing
     */
    public record DutyState(DutyPeriod kind, LocalDate currentStart, LocalDate latest, boolean currentDone,
                            boolean behind) {
    }
}

package org.zhijian.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The risk side of the dashboards (hazards, risk points, classes), kept behind a
 * seam so the dashboards work before and after the risk feature is installed.
 */
public interface RiskFigureSource {

    /** Whether risk records exist in this installation at all (the panels are hidden otherwise). */
    boolean available();

    /**
     * Counts per district (one district when districtId is set); RECENT_OPEN_HAZARD
     * counts hazards still open found on or after {@code recentSince}, keyed by industry.
     */
    List<RiskCount> counts(Long districtId, LocalDate today, LocalDate recentSince);
}

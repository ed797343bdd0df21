package org.zhijian.dashboard.domain;

/**
 * One count from the risk records of a district: open hazards by level, overdue
 * hazards by level, risk points by grade, enterprises by class, enterprises due
 * for inspection by class, open hazards found recently by industry (for clusters).
 */
public record RiskCount(long districtId, Kind kind, String key, long count) {

    public enum Kind {
        OPEN_HAZARD, OVERDUE_HAZARD, RISK_POINT, CLASS, DUE_FOR_INSPECTION, RECENT_OPEN_HAZARD
    }
}

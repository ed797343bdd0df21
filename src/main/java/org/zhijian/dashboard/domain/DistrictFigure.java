package org.zhijian.dashboard.domain;

/**
 * One period-independent count of a district, as stored by {@link DistrictFigures}: open hazards
 * and overdue hazards by level, risk points by grade, enterprises by class and due for inspection
 * by class, open hazards found recently by industry (for clusters), licences expiring, and
 * post-processing steps and rectification orders overdue (key "").
 */
public record DistrictFigure(long districtId, Kind kind, String key, long count) {

    public enum Kind {
        OPEN_HAZARD, OVERDUE_HAZARD, RISK_POINT, CLASS, DUE_FOR_INSPECTION, RECENT_OPEN_HAZARD, LICENCE_EXPIRING,
        OVERDUE_STEP, OVERDUE_RECTIFICATION
    }
}

package org.zhijian.incident.domain;

/**
 * Where a piece of risk information came from: a complaint (投诉), a report (举报), a media item
 * (舆情), another department's notice (部门通报), monitoring (监测) or an automatic signal of the
 * early warning (预警信号: a pass-rate drop or a hazard cluster).
 */
public enum RiskSource {
    COMPLAINT, REPORT, MEDIA, DEPARTMENT, MONITORING, SIGNAL;

    /** What a user records by hand; signals come only from the early warning. */
    public boolean isManual() {
        return this != SIGNAL;
    }

    public String messageCode() {
        return "incident.source." + name();
    }
}

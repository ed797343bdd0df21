package org.zhijian.classification.domain;

/** A complaint (投诉举报) or a violation (违法违规) on record against an enterprise. */
public enum IncidentKind {
    COMPLAINT, VIOLATION;

    public String messageCode() {
        return "risk.incident.kind." + name();
    }
}

package org.zhijian.incident.domain;

/** The reports of an incident: the initial report (首报), follow-ups (续报), the closing report (终报). */
public enum IncidentReportKind {
    INITIAL, FOLLOW_UP, CLOSING;

    public String messageCode() {
        return "incident.report." + name();
    }
}

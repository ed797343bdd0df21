package org.zhijian.incident.domain;

/**
 * Where an incident is: open (reports being made), responding (a special inspection is running),
 * closed (the closing report is in).
 */
public enum IncidentStatus {
    OPEN, RESPONDING, CLOSED;

    public boolean isClosed() {
        return this == CLOSED;
    }

    public String messageCode() {
        return "incident.status." + name();
    }
}

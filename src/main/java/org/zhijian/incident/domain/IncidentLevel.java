package org.zhijian.incident.domain;

/** An incident's level: I 特别重大, II 重大, III 较大, IV 一般. */
public enum IncidentLevel {
    I, II, III, IV;

    public String messageCode() {
        return "incident.level." + name();
    }
}

package org.zhijian.portal.domain;

/** What a piece of rectification evidence is for: a hazard's rectification notice, or a failed batch's rectification order. */
public enum EvidenceSubject {
    HAZARD("Hazard"), BATCH("SamplingBatch");

    private final String entityType;

    EvidenceSubject(String entityType) {
        this.entityType = entityType;
    }

    /** The entity type as the audit trail and related records name it. */
    public String entityType() {
        return entityType;
    }

    public String messageCode() {
        return "portal.evidence.subject." + name();
    }
}

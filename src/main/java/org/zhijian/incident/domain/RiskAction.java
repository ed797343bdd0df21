package org.zhijian.incident.domain;

/** How a head closes an assessed risk-information item (研判结论). */
public enum RiskAction {
    /** No action needed; the reason says why. */
    NONE,
    /** An inspection task for the enterprise. */
    INSPECTION_TASK,
    /** A spot check of the product. */
    SPOT_CHECK,
    /** An enforcement clue (案件线索). */
    CLUE,
    /** A quality-safety incident (质量安全事故). */
    INCIDENT
}

package org.zhijian.enforcement.domain;

/** Kinds of administrative penalty (行政处罚种类) a decision may combine. */
public enum PenaltyKind {
    WARNING,
    FINE,
    CONFISCATION,
    LICENCE_SUSPENSION,
    LICENCE_REVOCATION,
    PRODUCTION_STOP
}

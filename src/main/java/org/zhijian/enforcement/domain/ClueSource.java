package org.zhijian.enforcement.domain;

/** Where a clue came from; with the source record's id it links back to it. */
public enum ClueSource {
    /** A final spot-check failure (sampling batch). */
    SPOT_CHECK,
    /** A hazard that went overdue or whose rectification was rejected. */
    HAZARD,
    /** A non-conforming item of an inspection record. */
    INSPECTION,
    /** A complaint or report (投诉举报), assessed as risk information. */
    COMPLAINT,
    /** Another department's transfer (移送). */
    TRANSFER
}

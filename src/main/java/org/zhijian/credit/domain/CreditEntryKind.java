package org.zhijian.credit.domain;

/** What a line of an enterprise's credit record (信用记录) is about. */
public enum CreditEntryKind {
    /** An administrative penalty decision (行政处罚). */
    PENALTY,
    /** A spot-check failure that became final (监督抽查不合格). */
    FAILED_SPOT_CHECK,
    /** A hazard rectification accepted or struck off (整改完成). */
    RECTIFICATION,
    /** A listing decision (列入严重违法失信名单). */
    LISTING,
    /** Early removal after credit repair (信用修复, 提前移出). */
    REPAIR,
    /** Removal at the end of the three years (期满移出). */
    EXPIRY;

    public String messageCode() {
        return "credit.entry.kind." + name();
    }

    /** Whether the line counts against the enterprise (shown in red). */
    public boolean negative() {
        return this == PENALTY || this == FAILED_SPOT_CHECK || this == LISTING;
    }
}

package org.zhijian.catalogue.domain;

/** How a test item's limit reads: at most, at least, between, or a qualitative pass/fail check. */
public enum LimitKind {
    MAX, MIN, RANGE, PASS_FAIL;

    /** A qualitative item: judged pass or fail by the tester, with no limit to show. */
    public boolean isPassFail() {
        return this == PASS_FAIL;
    }

    public boolean isNumeric() {
        return this != PASS_FAIL;
    }

    public String messageCode() {
        return "catalogue.limit." + name();
    }
}

package org.zhijian.catalogue.domain;

import java.util.Collection;

/** The judgement of one test item (单项判定), and of a whole batch: 合格 or 不合格. */
public enum Judgement {
    PASS, FAIL;

    public boolean isPass() {
        return this == PASS;
    }

    public boolean isFail() {
        return this == FAIL;
    }

    /** A batch fails if any item fails; with no items there is no verdict yet (null). */
    public static Judgement overall(Collection<Judgement> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.contains(FAIL) ? FAIL : PASS;
    }

    public String messageCode() {
        return "spotcheck.verdict." + name();
    }
}

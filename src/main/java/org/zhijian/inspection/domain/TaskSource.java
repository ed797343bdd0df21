package org.zhijian.inspection.domain;

/** Where an inspection task came from: a published double-random draw, the class's due list, or a special inspection. */
public enum TaskSource {
    DRAW, DUE_LIST, SPECIAL;

    public String messageCode() {
        return "inspection.source." + name();
    }
}

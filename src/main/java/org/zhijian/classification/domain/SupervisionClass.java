package org.zhijian.classification.domain;

/** Supervision class (监管类别), A the least and D the most watched. */
public enum SupervisionClass {
    A, B, C, D;

    public boolean isClassA() {
        return this == A;
    }

    public boolean isClassB() {
        return this == B;
    }

    public boolean isClassC() {
        return this == C;
    }

    public String messageCode() {
        return "risk.class." + name();
    }
}

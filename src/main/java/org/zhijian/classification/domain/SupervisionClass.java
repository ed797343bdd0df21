package org.zhijian.classification.domain;

/** Supervision class (监管类别), A the least and D the most watched. */
public enum SupervisionClass {
    A, B, C, D;

    public String messageCode() {
        return "risk.class." + name();
    }
}

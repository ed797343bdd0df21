package org.zhijian.riskpoint.domain;

/** How a risk point is assessed: LS (R = L × S) or LEC (D = L × E × C). */
public enum RiskMethod {
    LS, LEC;

    public String messageCode() {
        return "risk.method." + name();
    }
}

package org.zhijian.risk.classification;

/** Risk class of a product (产品风险等级): 高/中/低. */
public enum ProductRisk {
    HIGH, MEDIUM, LOW;

    public String messageCode() {
        return "risk.productRisk." + name();
    }
}

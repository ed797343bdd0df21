package org.zhijian.classification.domain;

import java.util.List;

/** The outcome of classifying one enterprise: the class, its score and the factors behind it. */
public record Classification(SupervisionClass supervisionClass, int score, List<Factor> factors) {

    /**
     * One factor as shown on the class page: what it is (message key risk.factor.*), the value found,
     * the weight applied (message key risk.weight.* with its numbers) and the points it gave.
     */
    public record Factor(String key, String value, String weightKey, List<Integer> weightArgs, int points) {
    }
}

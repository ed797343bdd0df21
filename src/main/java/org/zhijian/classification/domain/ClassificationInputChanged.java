package org.zhijian.classification.domain;

/**
 * Published (inside the changing transaction) when something an enterprise's class depends on has
 * changed: a hazard, a complaint or violation, a licence, a spot-check verdict. The class is
 * recomputed before the transaction commits.
 */
public record ClassificationInputChanged(Long enterpriseId) {
}

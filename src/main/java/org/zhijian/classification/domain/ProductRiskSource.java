package org.zhijian.classification.domain;

import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;

/**
 * Seam: the risk class of what an enterprise makes. Until the product catalogue provides it, it is
 * derived from the enterprise's industry ({@link IndustryProductRisk}); a catalogue bean
 * implementing this interface replaces that default.
 */
public interface ProductRiskSource {

    RiskClass riskOf(Enterprise enterprise);
}

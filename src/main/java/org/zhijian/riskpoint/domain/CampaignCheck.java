package org.zhijian.riskpoint.domain;

import org.zhijian.enterprise.domain.Enterprise;

/**
 * Whether a finding may be filed under a screening campaign: the campaign is open and covers the
 * enterprise. Risk points and hazards ask it; the campaign module, which gathers their findings,
 * answers it, so that campaign depends on them and never the reverse. Declared here rather than in
 * hazard because a hazard may be found at a risk point: riskpoint is the lower of the two.
 */
public interface CampaignCheck {

    /** Refuses (a business rule on campaignId) an unknown or closed campaign or one not covering the enterprise. */
    void checkOpenFor(Long campaignId, Enterprise enterprise);
}

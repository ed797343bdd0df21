package org.zhijian.campaign.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.riskpoint.domain.CampaignCheck;
import org.zhijian.system.BusinessRuleException;

/** Whether a finding may be filed under a campaign: the campaign is open and covers the enterprise. */
@Component
@Transactional(readOnly = true)
class CampaignScope implements CampaignCheck {

    private final CampaignRepository campaigns;

    CampaignScope(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void checkOpenFor(Long campaignId, Enterprise enterprise) {
        if (campaignId == null) {
            return;
        }
        Campaign c = campaigns.findById(campaignId)
                .orElseThrow(() -> new BusinessRuleException("campaignId", "risk.campaign.unknown"));
        if (c.getStatus() != CampaignStatus.OPEN) {
            throw new BusinessRuleException("campaignId", "risk.campaign.closed");
        }
        if (!c.covers(enterprise)) {
            throw new BusinessRuleException("campaignId", "risk.campaign.outOfScope");
        }
    }
}

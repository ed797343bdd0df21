package org.zhijian.campaign.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.riskpoint.domain.OpenCampaigns;

/** The open campaigns of the current user, as the risk point and hazard forms offer them. */
@Component
class OpenCampaignChoices implements OpenCampaigns {

    private final CampaignService campaigns;

    OpenCampaignChoices(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<Choice> forCurrentUser() {
        return campaigns.open().stream().map(c -> new Choice(c.getId(), c.getName())).toList();
    }
}

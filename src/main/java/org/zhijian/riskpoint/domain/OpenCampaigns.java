package org.zhijian.riskpoint.domain;

import java.util.List;

/**
 * The open screening campaigns the current user may file a risk point or a hazard under: the
 * choice on their forms. Implemented by the campaign module (see {@link CampaignCheck}).
 */
public interface OpenCampaigns {

    List<Choice> forCurrentUser();

    record Choice(Long id, String name) {
    }
}

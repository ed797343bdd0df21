package org.zhijian.draw.domain;

import org.zhijian.enterprise.domain.Industry;
import org.zhijian.classification.domain.SupervisionClass;

/** What to draw from: a campaign's scope or a filter, how many enterprises and inspectors; seed optional. */
public record DrawRequest(String title, Long campaignId, Long districtId, Industry industry,
                          SupervisionClass supervisionClass, int enterpriseCount, int inspectorsPerEnterprise,
                          Long seed) {
}

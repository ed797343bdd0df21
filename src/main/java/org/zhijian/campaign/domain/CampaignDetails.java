package org.zhijian.campaign.domain;

import java.time.LocalDate;
import java.util.Set;
import org.zhijian.enterprise.domain.Industry;

/** The scope of a screening campaign: products (as industries), districts and a period. */
public record CampaignDetails(String name, Set<Industry> industries, Set<Long> districtIds, LocalDate startsOn,
                              LocalDate endsOn, String measures) {
}

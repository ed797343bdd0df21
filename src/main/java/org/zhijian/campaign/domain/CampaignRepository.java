package org.zhijian.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select c from Campaign c order by c.startsOn desc, c.id desc")
    List<Campaign> findAllNewestFirst();

    @Query("select f from CampaignFile f where f.campaignId = :campaignId order by f.districtId nulls first, f.kind")
    List<CampaignFile> findFiles(Long campaignId);

    /** Closed with {@link CampaignService#closeDeferringReports}, and the reports not yet made. */
    @Query("select c.id from Campaign c where c.status = org.zhijian.campaign.domain.CampaignStatus.CLOSED and not exists "
            + "(select f.id from CampaignFile f where f.campaignId = c.id and f.kind = 'REPORT') order by c.id")
    List<Long> findClosedWithoutReports();
}

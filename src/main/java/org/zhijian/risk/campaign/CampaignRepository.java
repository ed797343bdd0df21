package org.zhijian.risk.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select c from Campaign c order by c.startsOn desc, c.id desc")
    List<Campaign> findAllNewestFirst();

    @Query("select f from CampaignFile f where f.campaignId = :campaignId order by f.districtId nulls first, f.kind")
    List<CampaignFile> findFiles(Long campaignId);
}

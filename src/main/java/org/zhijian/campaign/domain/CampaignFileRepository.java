package org.zhijian.campaign.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignFileRepository extends JpaRepository<CampaignFile, Long> {
}

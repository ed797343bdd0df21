package org.zhijian.risk.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignFileRepository extends JpaRepository<CampaignFile, Long> {
}

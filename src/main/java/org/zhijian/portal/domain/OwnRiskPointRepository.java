package org.zhijian.portal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnRiskPointRepository extends JpaRepository<OwnRiskPoint, Long> {

    List<OwnRiskPoint> findByEnterpriseIdOrderByIdAsc(Long enterpriseId);

    boolean existsByEnterpriseIdAndName(Long enterpriseId, String name);
}

package org.zhijian.portal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.zhijian.enterprise.domain.Industry;

interface RiskTemplateRepository extends JpaRepository<RiskTemplate, Long> {

    List<RiskTemplate> findByIndustryOrderBySortOrderAscIdAsc(Industry industry);

    List<RiskTemplate> findAllByOrderByIndustryAscSortOrderAscIdAsc();

    boolean existsByIndustryAndName(Industry industry, String name);
}

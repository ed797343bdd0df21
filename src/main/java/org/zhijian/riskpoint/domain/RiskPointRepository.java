package org.zhijian.riskpoint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface RiskPointRepository extends JpaRepository<RiskPoint, Long>, JpaSpecificationExecutor<RiskPoint> {

    List<RiskPoint> findByMethod(RiskMethod method);

    @Query("select p from RiskPoint p where p.enterprise.id = :enterpriseId order by p.score desc, p.id")
    List<RiskPoint> findByEnterpriseId(Long enterpriseId);

    @Query("select p from RiskPoint p join fetch p.enterprise where p.campaignId = :campaignId order by p.score desc, p.id")
    List<RiskPoint> findByCampaignId(Long campaignId);

    @Query("select a from RiskAssessment a where a.riskPoint.id = :pointId order by a.assessedAt desc, a.id desc")
    List<RiskAssessment> findAssessments(Long pointId);

    @Query("select p.grade, count(p) from RiskPoint p where (:districtId is null or p.enterprise.districtId = :districtId) group by p.grade")
    List<Object[]> countByGrade(Long districtId);
}

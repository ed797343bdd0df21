package org.zhijian.hazard.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {

    java.util.Optional<Hazard> findBySubmissionToken(String submissionToken);

    @Query("select h from Hazard h where h.enterprise.id = :enterpriseId order by h.foundOn desc, h.id desc")
    List<Hazard> findByEnterpriseId(Long enterpriseId);

    @Query("select h from Hazard h join fetch h.enterprise where h.campaignId = :campaignId order by h.id")
    List<Hazard> findByCampaignId(Long campaignId);

    @Query("select h.id from Hazard h where h.status = org.zhijian.hazard.domain.HazardStatus.NOTIFIED "
            + "and h.deadline < :today and h.escalatedAt is null order by h.id")
    List<Long> findOverdueUnescalatedIds(LocalDate today);

    @Query("select s from HazardStep s where s.hazard.id = :hazardId order by s.occurredAt, s.id")
    List<HazardStep> findSteps(Long hazardId);

    @Query("select h.level, count(h) from Hazard h where h.enterprise.id = :enterpriseId "
            + "and h.status <> org.zhijian.hazard.domain.HazardStatus.CLOSED group by h.level")
    List<Object[]> countOpenByLevel(Long enterpriseId);

    /** A bounded page of open hazards of some statuses with a deadline on or before a day, for the to-do inbox. */
    @Query("select h from Hazard h join fetch h.enterprise e where h.status in :statuses and h.deadline <= :until "
            + "and (:districtId is null or e.districtId = :districtId) order by h.deadline, h.id")
    List<Hazard> findForTodo(Collection<HazardStatus> statuses, LocalDate until, Long districtId, Pageable page);
}

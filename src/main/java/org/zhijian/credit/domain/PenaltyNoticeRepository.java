package org.zhijian.credit.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PenaltyNoticeRepository extends JpaRepository<PenaltyNotice, Long> {

    boolean existsByCaseId(Long caseId);

    java.util.Optional<PenaltyNotice> findByCaseId(Long caseId);

    @Query("""
            select p from PenaltyNotice p
            where p.publishedOn <= :today and p.publicUntil >= :today
            order by p.decidedOn desc, p.id desc
            """)
    List<PenaltyNotice> findPublic(@Param("today") LocalDate today, Pageable pageable);

    @Query("""
            select p from PenaltyNotice p
            where (:districtId is null or p.districtId = :districtId)
            """)
    Page<PenaltyNotice> search(@Param("districtId") Long districtId, Pageable pageable);

    List<PenaltyNotice> findByEnterpriseIdOrderByDecidedOnDesc(Long enterpriseId);
}

package org.zhijian.credit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ListingRepository extends JpaRepository<Listing, Long> {

    /** With its enterprise: every page and response of a listing shows it. */
    @Override
    @EntityGraph(attributePaths = "enterprise")
    java.util.Optional<Listing> findById(Long id);

    @EntityGraph(attributePaths = "enterprise")
    @Query("""
            select l from Listing l
            where (:districtId is null or l.districtId = :districtId)
              and l.status in :statuses
            """)
    Page<Listing> search(@Param("districtId") Long districtId, @Param("statuses") Collection<ListingStatus> statuses,
                         Pageable pageable);

    @EntityGraph(attributePaths = "enterprise")
    List<Listing> findByEnterpriseIdOrderByProposedOnDescIdDesc(Long enterpriseId);

    boolean existsBySourceCaseId(Long sourceCaseId);

    boolean existsByEnterpriseIdAndStatusIn(Long enterpriseId, Collection<ListingStatus> statuses);

    @Query("select l.id from Listing l where l.status in :statuses and l.decidedOn <= :decidedOnOrBefore")
    List<Long> findExpiringIds(@Param("statuses") Collection<ListingStatus> statuses,
                               @Param("decidedOnOrBefore") LocalDate decidedOnOrBefore);

    @EntityGraph(attributePaths = "enterprise")
    @Query("select l from Listing l where l.status in :statuses order by l.decidedOn desc, l.id desc")
    List<Listing> findPublic(@Param("statuses") Collection<ListingStatus> statuses);

    @EntityGraph(attributePaths = "enterprise")
    @Query("""
            select l from Listing l
            where l.status in :statuses and (:districtId is null or l.districtId = :districtId)
            order by l.id
            """)
    List<Listing> findWaiting(@Param("statuses") Collection<ListingStatus> statuses,
                              @Param("districtId") Long districtId, Pageable pageable);
}

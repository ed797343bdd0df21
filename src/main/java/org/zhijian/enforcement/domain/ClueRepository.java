package org.zhijian.enforcement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClueRepository extends JpaRepository<Clue, Long>, JpaSpecificationExecutor<Clue> {

    @Query("select c from Clue c join fetch c.enterprise where c.id = :id")
    Optional<Clue> findWithEnterprise(Long id);

    @Query("select c from Clue c where c.source = :source and c.sourceId = :sourceId order by c.id")
    List<Clue> findBySource(ClueSource source, Long sourceId);

    @Query("select count(c) > 0 from Clue c where c.source = :source and c.sourceId = :sourceId "
            + "and c.status = org.zhijian.enforcement.domain.ClueStatus.RECEIVED")
    boolean existsPending(ClueSource source, Long sourceId);

    @Query("select c from Clue c join fetch c.enterprise where c.status = org.zhijian.enforcement.domain.ClueStatus.RECEIVED "
            + "and (:districtId is null or c.districtId = :districtId) order by c.verifyBy, c.id limit 200")
    List<Clue> findPending(Long districtId);

    @Query("select count(c) from Clue c where c.status = org.zhijian.enforcement.domain.ClueStatus.RECEIVED "
            + "and c.verifyBy < :today and (:districtId is null or c.districtId = :districtId)")
    long countOverdue(Long districtId, LocalDate today);
}

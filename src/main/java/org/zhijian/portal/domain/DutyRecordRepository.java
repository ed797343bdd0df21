package org.zhijian.portal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyRecordRepository extends JpaRepository<DutyRecord, Long> {

    boolean existsByEnterpriseIdAndKindAndPeriodStart(Long enterpriseId, DutyPeriod kind, LocalDate periodStart);

    List<DutyRecord> findTop20ByEnterpriseIdOrderByPeriodStartDescIdDesc(Long enterpriseId);

    /** The latest period recorded, per enterprise and kind: [enterpriseId, kind, max(periodStart)]. */
    @Query("select r.enterpriseId, r.kind, max(r.periodStart) from DutyRecord r where r.enterpriseId in :ids"
            + " group by r.enterpriseId, r.kind")
    List<Object[]> findLatest(Collection<Long> ids);
}

package org.zhijian.incident.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface QualityIncidentRepository extends JpaRepository<QualityIncident, Long>,
        JpaSpecificationExecutor<QualityIncident> {

    @Query("select x from QualityIncident x left join fetch x.enterprise where x.id = :id")
    java.util.Optional<QualityIncident> findWithEnterprise(Long id);

    @Query("select i from QualityIncident i where i.initialReportedAt is null "
            + "and i.status <> org.zhijian.incident.domain.IncidentStatus.CLOSED order by i.reportDueAt, i.id")
    List<QualityIncident> findAwaitingInitialReport(Pageable limit);

    @Query("select i from QualityIncident i where i.initialReportedAt is null and i.districtId = :districtId "
            + "and i.status <> org.zhijian.incident.domain.IncidentStatus.CLOSED order by i.reportDueAt, i.id")
    List<QualityIncident> findAwaitingInitialReportIn(Long districtId, Pageable limit);

    /** Drills (演练) never count. */
    @Query("select i.level, i.status, i.districtId, count(i) from QualityIncident i where i.drill = false "
            + "group by i.level, i.status, i.districtId")
    List<Object[]> countAll();

    @Query("select i.level, i.status, i.districtId, count(i) from QualityIncident i where i.drill = false "
            + "and i.districtId = :districtId group by i.level, i.status, i.districtId")
    List<Object[]> countIn(Long districtId);

    @Query("select r from IncidentReport r where r.incident.id = :incidentId order by r.reportedAt, r.id")
    List<IncidentReport> findReports(Long incidentId);
}

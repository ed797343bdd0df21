package org.zhijian.inspection.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InspectionTaskRepository extends JpaRepository<InspectionTask, Long>, JpaSpecificationExecutor<InspectionTask> {

    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"enterprise"},
            type = org.springframework.data.jpa.repository.EntityGraph.EntityGraphType.LOAD)
    Optional<InspectionTask> findById(Long id);

    Optional<InspectionTask> findBySourceKey(String sourceKey);

    @Query("select t.sourceKey from InspectionTask t where t.sourceKey in :keys")
    List<String> findExistingKeys(Collection<String> keys);

    @Query("select distinct t.enterprise.id from InspectionTask t where t.enterprise.id in :enterpriseIds "
            + "and t.status in (org.zhijian.inspection.domain.TaskStatus.PENDING, "
            + "org.zhijian.inspection.domain.TaskStatus.ASSIGNED, org.zhijian.inspection.domain.TaskStatus.IN_PROGRESS)")
    List<Long> findEnterprisesWithOpenTask(Collection<Long> enterpriseIds);

    @Query("select t from InspectionTask t join fetch t.enterprise where t.reference = :reference order by t.id")
    List<InspectionTask> findByReference(String reference);

    @Query("select t from InspectionTask t join fetch t.enterprise where t.drawId = :drawId order by t.id")
    List<InspectionTask> findByDrawId(Long drawId);

    @Query("select t from InspectionTask t join fetch t.enterprise where :userId member of t.officers "
            + "and t.status in (org.zhijian.inspection.domain.TaskStatus.ASSIGNED, "
            + "org.zhijian.inspection.domain.TaskStatus.IN_PROGRESS) order by t.dueOn, t.id")
    List<InspectionTask> findOpenOf(Long userId, Pageable pageable);

    @Query("select t from InspectionTask t join fetch t.enterprise where t.status = "
            + "org.zhijian.inspection.domain.TaskStatus.PENDING and (:districtId is null or t.districtId = :districtId) "
            + "order by t.dueOn, t.id")
    List<InspectionTask> findUnassigned(Long districtId, Pageable pageable);

    /** District, status, due date and overdue flag of every task; for the panel. */
    @Query("select t.districtId, t.status, count(t), sum(case when t.dueOn < :today then 1 else 0 end) "
            + "from InspectionTask t where (:districtId is null or t.districtId = :districtId) "
            + "group by t.districtId, t.status")
    List<Object[]> countByDistrictAndStatus(Long districtId, LocalDate today);
}

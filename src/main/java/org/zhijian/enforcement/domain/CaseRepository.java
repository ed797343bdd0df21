package org.zhijian.enforcement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<EnforcementCase, Long>, JpaSpecificationExecutor<EnforcementCase> {

    @Query("select c from EnforcementCase c join fetch c.enterprise where c.id = :id")
    Optional<EnforcementCase> findWithEnterprise(Long id);

    @Query("select c from EnforcementCase c where c.clueId in :clueIds order by c.id")
    List<EnforcementCase> findByClueIds(List<Long> clueIds);

    @Query("select s from CaseStep s where s.enforcementCase.id = :caseId order by s.occurredAt, s.id")
    List<CaseStep> findSteps(Long caseId);

    @Query("select c from EnforcementCase c join fetch c.enterprise where (:districtId is null or c.districtId = :districtId) "
            + "order by c.openedOn, c.id")
    List<EnforcementCase> findForFigures(Long districtId);

    @Query("select c from EnforcementCase c join fetch c.enterprise where c.status in :statuses "
            + "and (:districtId is null or c.districtId = :districtId) order by c.dueOn, c.id limit 200")
    List<EnforcementCase> findInStatuses(List<CaseStatus> statuses, Long districtId);

    @Query("select c from EnforcementCase c join fetch c.enterprise where c.dueOn is not null "
            + "and (:districtId is null or c.districtId = :districtId) order by c.dueOn, c.id limit 200")
    List<EnforcementCase> findWithDeadline(Long districtId);

    @Query("select c from EnforcementCase c where c.enterprise.id = :enterpriseId order by c.openedOn desc, c.id desc")
    List<EnforcementCase> findByEnterpriseId(Long enterpriseId);
}

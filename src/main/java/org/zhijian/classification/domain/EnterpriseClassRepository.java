package org.zhijian.classification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.zhijian.licence.domain.LicenceStatus;

public interface EnterpriseClassRepository extends JpaRepository<EnterpriseClass, Long>,
        JpaSpecificationExecutor<EnterpriseClass> {

    @Query("select c from EnterpriseClass c join fetch c.enterprise where c.enterprise.id = :enterpriseId")
    Optional<EnterpriseClass> findByEnterpriseId(Long enterpriseId);

    @Query(value = "select c from EnterpriseClass c join fetch c.enterprise e "
            + "where (:districtId is null or e.districtId = :districtId) "
            + "and (:cls is null or coalesce(c.overrideClass, c.computedClass) = :cls)",
            countQuery = "select count(c) from EnterpriseClass c join c.enterprise e "
                    + "where (:districtId is null or e.districtId = :districtId) "
                    + "and (:cls is null or coalesce(c.overrideClass, c.computedClass) = :cls)")
    Page<EnterpriseClass> search(Long districtId, SupervisionClass cls, Pageable pageable);

    @Query("select distinct l.enterprise.id from ProductionLicence l order by l.enterprise.id")
    List<Long> findLicensedEnterpriseIds();

    @Query("select l.status from ProductionLicence l where l.enterprise.id = :enterpriseId")
    List<LicenceStatus> findLicenceStatuses(Long enterpriseId);

    @Query("select c.enterprise.id, coalesce(c.overrideClass, c.computedClass) from EnterpriseClass c "
            + "where c.enterprise.id in :enterpriseIds")
    List<Object[]> findEffectiveClasses(Collection<Long> enterpriseIds);

    @Query("select coalesce(c.overrideClass, c.computedClass), count(c) from EnterpriseClass c join c.enterprise e "
            + "where (:districtId is null or e.districtId = :districtId) group by coalesce(c.overrideClass, c.computedClass)")
    List<Object[]> countByClass(Long districtId);

    /** How many enterprises of a district (null: the city) are due for inspection by a day, and the earliest due day. */
    @Query("select count(c), min(c.nextDueOn) from EnterpriseClass c join c.enterprise e where c.nextDueOn <= :until "
            + "and (:districtId is null or e.districtId = :districtId)")
    List<Object[]> countDue(java.time.LocalDate until, Long districtId);
}

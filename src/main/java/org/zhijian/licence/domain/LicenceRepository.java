package org.zhijian.licence.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LicenceRepository extends JpaRepository<ProductionLicence, Long>,
        JpaSpecificationExecutor<ProductionLicence> {

    boolean existsByNumber(LicenceNumber number);

    @Query("select l from ProductionLicence l where l.enterprise.id = :enterpriseId order by l.expiresOn desc")
    List<ProductionLicence> findByEnterpriseId(Long enterpriseId);

    @Query("select l.id from ProductionLicence l where l.status in :statuses and l.expiresOn < :day")
    List<Long> findLapsedIds(Collection<LicenceStatus> statuses, LocalDate day);

    @Query("select t from LicenceTransition t where t.licence.id = :licenceId order by t.occurredAt desc, t.id desc")
    List<LicenceTransition> findTransitions(Long licenceId);
}

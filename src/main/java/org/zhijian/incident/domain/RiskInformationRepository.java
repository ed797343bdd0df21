package org.zhijian.incident.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RiskInformationRepository extends JpaRepository<RiskInformation, Long>,
        JpaSpecificationExecutor<RiskInformation> {

    boolean existsBySignalKey(String signalKey);

    @Query("select x from RiskInformation x left join fetch x.enterprise where x.id = :id")
    java.util.Optional<RiskInformation> findWithEnterprise(Long id);

    @Query("select r from RiskInformation r where r.status in :statuses order by r.assessBy, r.id")
    List<RiskInformation> findOpen(Collection<RiskInformationStatus> statuses, Pageable limit);

    @Query("select r from RiskInformation r where r.status in :statuses and r.districtId = :districtId "
            + "order by r.assessBy, r.id")
    List<RiskInformation> findOpenIn(Collection<RiskInformationStatus> statuses, Long districtId, Pageable limit);

    @Query("select r.source, r.action, r.districtId, count(r) from RiskInformation r "
            + "group by r.source, r.action, r.districtId")
    List<Object[]> countAll();

    @Query("select r.source, r.action, r.districtId, count(r) from RiskInformation r where r.districtId = :districtId "
            + "group by r.source, r.action, r.districtId")
    List<Object[]> countIn(Long districtId);
}

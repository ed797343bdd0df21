package org.zhijian.classification.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseIncidentRepository extends JpaRepository<EnterpriseIncident, Long> {

    List<EnterpriseIncident> findByEnterpriseIdOrderByOccurredOnDescIdDesc(Long enterpriseId);

    long countByEnterpriseIdAndKindAndOccurredOnGreaterThanEqual(Long enterpriseId, IncidentKind kind,
                                                                 LocalDate since);
}

package org.zhijian.credit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditEntryRepository extends JpaRepository<CreditEntry, Long> {

    boolean existsByKindAndSourceTypeAndSourceId(CreditEntryKind kind, String sourceType, Long sourceId);

    List<CreditEntry> findByEnterpriseIdOrderByOccurredOnDescIdDesc(Long enterpriseId);

    long countByKind(CreditEntryKind kind);
}

package org.zhijian.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    @Query("select new org.zhijian.enforcement.domain.EvidenceInfo(e.id, e.kind, e.fileName, e.contentType, "
            + "e.sizeBytes, e.sha256, e.uploadedAt, e.uploadedBy) from Evidence e where e.caseId = :caseId order by e.id")
    List<EvidenceInfo> findInfoByCaseId(Long caseId);
}

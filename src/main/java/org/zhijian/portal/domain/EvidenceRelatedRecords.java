package org.zhijian.portal.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.related.RecordRef;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecords;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;

/** On a hazard's or a batch's page: the rectification evidence its enterprise uploaded, with its review. */
@Component
class EvidenceRelatedRecords implements RelatedRecords {

    private final RectificationEvidenceRepository evidence;
    private final AccessGuard guard;

    EvidenceRelatedRecords(RectificationEvidenceRepository evidence, AccessGuard guard) {
        this.evidence = evidence;
        this.guard = guard;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RelatedRecord> about(RecordRef record) {
        EvidenceSubject subject = switch (record.type()) {
            case "Hazard" -> EvidenceSubject.HAZARD;
            case "SamplingBatch" -> EvidenceSubject.BATCH;
            default -> null;
        };
        if (subject == null) {
            return List.of();
        }
        AccessScope scope = guard.scope();
        return evidence.findBySubjectTypeAndSubjectIdOrderByIdDesc(subject, record.id()).stream()
                .filter(e -> scope.coversEnterprise(e.getEnterpriseId(), e.getDistrictId()))
                .map(e -> new RelatedRecord("portal.evidence.kind", e.getFileName(), "/evidence/" + e.getId(),
                        e.getStatus().messageCode(), null, false))
                .toList();
    }
}

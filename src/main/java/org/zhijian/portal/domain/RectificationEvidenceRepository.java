package org.zhijian.portal.domain;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RectificationEvidenceRepository extends JpaRepository<RectificationEvidence, Long> {

    List<RectificationEvidence> findBySubjectTypeAndSubjectIdOrderByIdDesc(EvidenceSubject subjectType, Long subjectId);

    List<RectificationEvidence> findByEnterpriseIdOrderByIdDesc(Long enterpriseId);

    /** RectificationEvidence waiting for review, of one district (null: every district), oldest first, bounded. */
    @Query("select e from RectificationEvidence e where e.status = org.zhijian.portal.domain.EvidenceStatus.SUBMITTED"
            + " and (:districtId is null or e.districtId = :districtId) order by e.submittedAt")
    List<RectificationEvidence> findPending(Long districtId, Limit limit);

    /** An enterprise's rejected evidence whose subject has no later submission: to upload again. */
    @Query("select e from RectificationEvidence e where e.enterpriseId = :enterpriseId"
            + " and e.status = org.zhijian.portal.domain.EvidenceStatus.REJECTED and not exists (select 1 from"
            + " RectificationEvidence l where l.subjectType = e.subjectType and l.subjectId = e.subjectId and l.id > e.id)"
            + " order by e.reviewedAt")
    List<RectificationEvidence> findRejectedLatest(Long enterpriseId, Limit limit);
}

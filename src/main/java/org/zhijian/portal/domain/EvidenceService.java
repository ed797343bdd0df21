package org.zhijian.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;

/**
 * Rectification evidence: the enterprise uploads it while the hazard waits for its rectification (or
 * the batch for its ordered rectification); an inspector of the district accepts it (for a hazard, that
 * records the enterprise's rectification, so the hazard goes on to the head's acceptance) or rejects it
 * with a reason, and the enterprise uploads again.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    public static final String ENTITY = "RectificationEvidence";
    public static final String ARCHIVE_CATEGORY = "PORTAL";
    private static final int PENDING_LIMIT = 200;

    private final RectificationEvidenceRepository evidence;
    private final HazardService hazards;
    private final BatchService batches;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(RectificationEvidenceRepository evidence, HazardService hazards, BatchService batches, AuditTrail audit,
                    AccessGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.hazards = hazards;
        this.batches = batches;
        this.audit = audit;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** An enterprise user's upload for their own hazard or batch, while it waits for rectification. */
    @Transactional
    public RectificationEvidence submit(EvidenceSubmission s) {
        guard.require(Action.SUBMIT_EVIDENCE);
        if (s == null || s.subject() == null || s.subjectId() == null) {
            throw new BusinessRuleException("file", "portal.evidence.subjectRequired");
        }
        Long enterpriseId;
        Long districtId;
        if (s.subject() == EvidenceSubject.HAZARD) {
            Hazard h = hazards.get(s.subjectId());
            if (h.getStatus() != HazardStatus.NOTIFIED) {
                throw new BusinessRuleException("file", "portal.evidence.hazardNotOpen");
            }
            enterpriseId = h.getEnterprise().getId();
            districtId = h.getEnterprise().getDistrictId();
        } else {
            SamplingBatch b = batches.get(s.subjectId());
            if (b.getStatus() != BatchStatus.RECTIFICATION_ORDERED) {
                throw new BusinessRuleException("file", "portal.evidence.batchNotOrdered");
            }
            enterpriseId = b.getEnterprise().getId();
            districtId = b.getDistrictId();
        }
        EvidenceFile file = EvidenceFile.checked(s.fileName(), s.contentType(), s.data());
        Instant now = clock.instant();
        String actor = CurrentUser.username();
        RectificationEvidence e = evidence.save(new RectificationEvidence(s.subject(), s.subjectId(), enterpriseId, districtId, file, s.note(),
                actor, now));
        audit.record(ENTITY, e.getId(), "CREATE", districtId, null, e.snapshot());
        events.publishEvent(ArchiveEvent.of(enterpriseId, now, ARCHIVE_CATEGORY, "archive.portal.evidence",
                subjectHref(e), e.getFileName(), "msg:" + s.subject().messageCode()));
        events.publishEvent(new EvidenceSubmitted(s.subject().entityType(), s.subjectId(), enterpriseId, districtId,
                actor, now));
        return e;
    }

    /** An inspector's review: accepted or rejected (with the reason). */
    @Transactional
    public RectificationEvidence review(Long id, long expectedVersion, boolean accepted, String reason) {
        guard.require(Action.REVIEW_EVIDENCE);
        RectificationEvidence e = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, e.getVersion(), e.snapshot());
        Map<String, Object> before = e.snapshot();
        Instant now = clock.instant();
        e.review(accepted, reason, CurrentUser.username(), now);
        evidence.flush();
        audit.record(ENTITY, id, accepted ? "ACCEPT" : "REJECT", e.getDistrictId(), before, e.snapshot());
        if (accepted && e.getSubjectType() == EvidenceSubject.HAZARD) {
            Hazard h = hazards.get(e.getSubjectId());
            if (h.getStatus() == HazardStatus.NOTIFIED) {
                hazards.perform(h.getId(), h.getVersion(), HazardAction.RECTIFY, e.getFileName());
            }
        }
        events.publishEvent(ArchiveEvent.of(e.getEnterpriseId(), now, ARCHIVE_CATEGORY,
                accepted ? "archive.portal.evidenceAccepted" : "archive.portal.evidenceRejected", subjectHref(e),
                e.getFileName(), e.getReviewReason() == null ? "" : e.getReviewReason()));
        return e;
    }

    /** One piece of evidence: its enterprise's user, or the bureau of its district. */
    public RectificationEvidence get(Long id) {
        RectificationEvidence e = evidence.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(e.getEnterpriseId(), e.getDistrictId(), ENTITY, id);
        return e;
    }

    /** The file itself, loaded for download. */
    public RectificationEvidence withData(Long id) {
        RectificationEvidence e = get(id);
        e.getData();
        return e;
    }

    /** The evidence of one hazard or batch, newest first, once its page was allowed. */
    public List<RectificationEvidence> of(EvidenceSubject subject, Long subjectId) {
        if (subject == EvidenceSubject.HAZARD) {
            hazards.get(subjectId);
        } else {
            batches.get(subjectId);
        }
        return evidence.findBySubjectTypeAndSubjectIdOrderByIdDesc(subject, subjectId);
    }

    /** RectificationEvidence waiting for review in the inspector's district (every district for a city inspector). */
    public List<RectificationEvidence> pending() {
        return evidence.findPending(guard.districtFilter(), Limit.of(PENDING_LIMIT));
    }

    /** The page of the hazard or batch the evidence is for (on the bureau's side). */
    public static String subjectHref(RectificationEvidence e) {
        return e.getSubjectType() == EvidenceSubject.HAZARD ? "/risk/hazards/" + e.getSubjectId()
                : "/spotchecks/batches/" + e.getSubjectId();
    }
}

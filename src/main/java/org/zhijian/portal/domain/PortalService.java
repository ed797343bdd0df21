package org.zhijian.portal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.portal.domain.PortalViews.BatchCard;
import org.zhijian.portal.domain.PortalViews.EvidenceView;
import org.zhijian.portal.domain.PortalViews.HazardCard;
import org.zhijian.portal.domain.PortalViews.LicenceCard;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.security.AccessGuard;

/**
 * What an enterprise user sees of their own enterprise (企业端). Every read goes through the lower
 * modules' services as the enterprise user, so their guard checks admit only this one enterprise.
 */
@Service
@Transactional(readOnly = true)
public class PortalService {

    private final EnterpriseService enterprises;
    private final BatchService batches;
    private final HazardService hazards;
    private final LicenceService licences;
    private final RectificationEvidenceRepository evidence;
    private final AccessGuard guard;

    PortalService(EnterpriseService enterprises, BatchService batches, HazardService hazards,
                  LicenceService licences, RectificationEvidenceRepository evidence, AccessGuard guard) {
        this.enterprises = enterprises;
        this.batches = batches;
        this.hazards = hazards;
        this.licences = licences;
        this.evidence = evidence;
        this.guard = guard;
    }

    /** The enterprise user's own enterprise; 403 for anyone else. */
    public Enterprise ownEnterprise() {
        return enterprises.get(ownEnterpriseId());
    }

    /** The enterprise's batches, newest sampling first. */
    public List<BatchCard> batches() {
        Long id = ownEnterpriseId();
        LocalDate today = batches.today();
        Map<Long, List<EvidenceView>> files = evidenceOf(id, EvidenceSubject.BATCH);
        return batches.ofEnterprise(id).stream().map(b -> card(b, today, files)).toList();
    }

    /** One of the enterprise's batches (404 for another enterprise's). */
    public BatchCard batch(Long batchId) {
        Long id = ownEnterpriseId();
        return card(batches.get(batchId), batches.today(), evidenceOf(id, EvidenceSubject.BATCH));
    }

    /** The enterprise's hazards, open ones first, by deadline. */
    public List<HazardCard> hazards() {
        Long id = ownEnterpriseId();
        LocalDate today = hazards.today();
        Map<Long, List<EvidenceView>> files = evidenceOf(id, EvidenceSubject.HAZARD);
        return hazards.ofEnterprise(id).stream()
                .sorted(Comparator.comparing((Hazard h) -> !h.getStatus().isOpen()).thenComparing(Hazard::getDeadline))
                .map(h -> new HazardCard(h.getId(), h.getNoticeNumber(), h.getLevel(), h.getDescription(),
                        h.getRequirement(), h.getFoundOn(), h.getDeadline(), h.getStatus(), h.isOverdueOn(today),
                        h.getStatus() == HazardStatus.NOTIFIED, files.getOrDefault(h.getId(), List.of())))
                .toList();
    }

    /** One of the enterprise's hazards, for its rectification notice (404 for another enterprise's). */
    public Hazard hazard(Long hazardId) {
        ownEnterpriseId();
        Hazard h = hazards.get(hazardId);
        h.getEnterprise().getName();
        return h;
    }

    /** The enterprise's licences with their expiry and renewal dates. */
    public List<LicenceCard> licences() {
        return licences.ofEnterprise(ownEnterpriseId()).stream()
                .map(l -> new LicenceCard(l.getId(), l.getNumber().value(), l.getProductName(), l.getIssuedOn(),
                        l.getExpiresOn(), licences.renewalDueOn(l), l.getStatus()))
                .toList();
    }

    private BatchCard card(SamplingBatch b, LocalDate today, Map<Long, List<EvidenceView>> files) {
        return new BatchCard(b.getId(), b.getFormNumber(), b.getCategory().getName(), b.getCategory().getNameEn(),
                b.getBrand(), b.getSamplingDate(), b.getVerdict(), b.getStatus(), b.getNotifiedOn(),
                b.getObjectionDeadline(), b.isObjectionWindowOpen(today), b.getRectificationDeadline(),
                b.getStatus() == BatchStatus.RECTIFICATION_ORDERED, files.getOrDefault(b.getId(), List.of()));
    }

    private Map<Long, List<EvidenceView>> evidenceOf(Long enterpriseId, EvidenceSubject subject) {
        return evidence.findByEnterpriseIdOrderByIdDesc(enterpriseId).stream()
                .filter(e -> e.getSubjectType() == subject)
                .collect(Collectors.groupingBy(RectificationEvidence::getSubjectId,
                        Collectors.mapping(EvidenceView::of, Collectors.toList())));
    }

    Long ownEnterpriseId() {
        Long id = guard.ownEnterprise();
        if (id == null) {
            throw new AccessDeniedException("the enterprise side is for enterprise users");
        }
        return id;
    }
}

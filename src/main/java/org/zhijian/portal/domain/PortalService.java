package org.zhijian.portal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.inspection.domain.InspectionAnswer;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.portal.domain.PortalViews.CreditLine;
import org.zhijian.portal.domain.PortalViews.InspectionCard;
import org.zhijian.portal.domain.PortalViews.ListingCard;
import org.zhijian.portal.domain.PortalViews.PenaltyCard;
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
    private final InspectionRecordService inspections;
    private final CaseService cases;
    private final CreditService credit;
    private final ListingService listings;
    private final AccessGuard guard;

    PortalService(EnterpriseService enterprises, BatchService batches, HazardService hazards,
                  LicenceService licences, RectificationEvidenceRepository evidence,
                  InspectionRecordService inspections, CaseService cases, CreditService credit,
                  ListingService listings, AccessGuard guard) {
        this.inspections = inspections;
        this.cases = cases;
        this.credit = credit;
        this.listings = listings;
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

    /**
     * The enterprise's submitted inspections, newest first; a corrected record gives way to its
     * correction. Only the date, the result category and the items not conforming are shown.
     */
    public List<InspectionCard> inspections() {
        List<InspectionRecord> all = inspections.ofEnterprise(ownEnterpriseId());
        Set<Long> corrected = all.stream().map(InspectionRecord::getCorrectsId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return all.stream().filter(r -> !corrected.contains(r.getId()))
                .map(r -> new InspectionCard(r.getId(), r.getInspectedOn(), r.getResultCategory(),
                        r.getAnswers().stream().filter(a -> a.getAnswer() == ItemAnswer.NOT_CONFORM)
                                .map(InspectionAnswer::getItemText).toList()))
                .toList();
    }

    /** The enterprise's decided penalties (the decision onwards), newest decision first; no evidence or notes. */
    public List<PenaltyCard> penalties() {
        return cases.ofEnterprise(ownEnterpriseId()).stream().filter(k -> k.getDecidedOn() != null)
                .sorted(Comparator.comparing(EnforcementCase::getDecidedOn)
                        .reversed())
                .map(k -> new PenaltyCard(k.getId(), k.getDocumentNumber(), k.getPenaltyContent(), k.getFine(),
                        k.getDecidedOn(), k.getPaymentDue(), k.getPaidOn(), k.getStatus()))
                .toList();
    }

    /** The enterprise's credit record, newest first. */
    public List<CreditLine> creditRecord() {
        return credit.recordOf(ownEnterpriseId()).stream()
                .map(c -> new CreditLine(c.getId(), c.getOccurredOn(), c.getKind(), c.getReference(), c.getSummary()))
                .toList();
    }

    /** The listings the enterprise has been notified of (a proposal not yet notified stays internal). */
    public List<ListingCard> listings() {
        return listings.ofEnterprise(ownEnterpriseId()).stream().filter(l -> l.getNotifiedOn() != null)
                .map(l -> new ListingCard(l.getId(), l.getStatus(), l.getNoticeNumber(), l.getNotifiedOn(),
                        l.getDecisionNumber(), l.getDecidedOn(), l.getListedUntil()))
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

package org.zhijian.licence.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.jpa.CappedCounts;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;

/**
 * Production licences: recording, editing, state transitions, expiry and
 * renewal lists. Scoped through the enterprise's district.
 */
@Service
@Transactional(readOnly = true)
public class LicenceService {

    public static final String ENTITY = "ProductionLicence";
    /** States in which a licence can still lapse or be renewed. */
    public static final Set<LicenceStatus> LIVE = EnumSet.of(LicenceStatus.VALID, LicenceStatus.SUSPENDED);

    private final LicenceRepository licences;
    private final LicenceTransitionRepository transitions;
    private final EnterpriseService enterprises;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int validityYears;
    private final int renewalLeadMonths;
    private final AccessGuard guard;
    private final CappedCounts counts;

    LicenceService(LicenceRepository licences, LicenceTransitionRepository transitions, EnterpriseService enterprises,
                   AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                   @Value("${zhijian.licence.validity-years}") int validityYears,
                   @Value("${zhijian.licence.renewal-lead-months}") int renewalLeadMonths, AccessGuard guard,
                   CappedCounts counts) {
        this.counts = counts;
        this.licences = licences;
        this.transitions = transitions;
        this.enterprises = enterprises;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.validityYears = validityYears;
        this.renewalLeadMonths = renewalLeadMonths;
        this.guard = guard;
    }

    /** Default expiry for a licence issued on a day: valid 5 years (the day before the anniversary). */
    public LocalDate defaultExpiry(LocalDate issuedOn) {
        return issuedOn.plusYears(validityYears).minusDays(1);
    }

    public Page<ProductionLicence> search(LicenceQuery query, Pageable pageable) {
        LicenceQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return licences.findAll(scoped.toSpecification(), pageable);
    }

    /** The list page of a search, its matches counted only up to {@link CappedPage#LIST_CAP}. */
    public CappedPage<ProductionLicence> listPage(LicenceQuery query, Pageable pageable) {
        return listPage(query, pageable, CappedPage.LIST_CAP);
    }

    CappedPage<ProductionLicence> listPage(LicenceQuery query, Pageable pageable, int cap) {
        return counts.page(licences, ProductionLicence.class,
                query.withDistrict(guard.narrow(query.districtId())).toSpecification(), pageable, cap);
    }

    /** Live licences expiring within the given number of days from today (see {@link LicenceQuery#expiring}). */
    public Page<ProductionLicence> expiringWithin(int days, Long districtId, Pageable pageable) {
        return search(LicenceQuery.expiring(LocalDate.now(clock), days).withDistrict(districtId), pageable);
    }

    /** Live licences whose renewal application is due: expiry within the renewal lead time (6 months). */
    public Page<ProductionLicence> renewalsDue(Long districtId, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return search(new LicenceQuery(null, districtId, LIVE, today, today.plusMonths(renewalLeadMonths), null),
                pageable);
    }

    public LocalDate renewalDueOn(ProductionLicence licence) {
        return licence.getExpiresOn().minusMonths(renewalLeadMonths);
    }

    public ProductionLicence get(Long id) {
        ProductionLicence l = licences.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(l.getEnterprise().getId(), l.getEnterprise().getDistrictId(), ENTITY, id);
        return l;
    }

    public List<ProductionLicence> ofEnterprise(Long enterpriseId) {
        enterprises.get(enterpriseId);
        return licences.findByEnterpriseId(enterpriseId);
    }

    public List<LicenceTransition> transitionsOf(Long id) {
        get(id);
        return licences.findTransitions(id);
    }

    @Transactional
    public ProductionLicence record(LicenceDetails details) {
        guard.require(Action.EDIT_LICENCE);
        Enterprise enterprise = enterprises.get(details.enterpriseId());
        if (licences.existsByNumber(details.number())) {
            throw new BusinessRuleException("number", "licence.number.duplicate", details.number().value());
        }
        LicenceDetails withExpiry = details.expiresOn() != null ? details
                : new LicenceDetails(details.number(), details.enterpriseId(), details.productName(),
                details.productUnit(), details.issuedOn(), defaultExpiry(details.issuedOn()),
                details.issuingAuthority());
        ProductionLicence l = licences.save(new ProductionLicence(enterprise, withExpiry, CurrentUser.username(),
                clock.instant()));
        audit.record(ENTITY, l.getId(), "CREATE", enterprise.getDistrictId(), null, l.snapshot());
        events.publishEvent(ArchiveEvent.of(enterprise.getId(), l.getCreatedAt(), ArchiveEvent.LICENCE,
                "archive.licence.recorded", "/licences/" + l.getId(), l.getNumber().value(), l.getProductName(),
                l.getExpiresOn()));
        events.publishEvent(new LicenceChanged(l.getId(), enterprise.getId()));
        return l;
    }

    @Transactional
    public ProductionLicence update(Long id, long expectedVersion, LicenceDetails details) {
        guard.require(Action.EDIT_LICENCE);
        ProductionLicence l = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, l.getVersion(), l.snapshot());
        if (!l.getNumber().equals(details.number()) && licences.existsByNumber(details.number())) {
            throw new BusinessRuleException("number", "licence.number.duplicate", details.number().value());
        }
        if (!l.getEnterprise().getId().equals(details.enterpriseId())) {
            throw new BusinessRuleException("enterpriseId", "licence.enterprise.fixed");
        }
        LicenceDetails withExpiry = details.expiresOn() != null ? details
                : new LicenceDetails(details.number(), details.enterpriseId(), details.productName(),
                details.productUnit(), details.issuedOn(), defaultExpiry(details.issuedOn()),
                details.issuingAuthority());
        Map<String, Object> before = l.snapshot();
        l.update(withExpiry, CurrentUser.username(), clock.instant());
        licences.flush();
        audit.record(ENTITY, id, "UPDATE", l.getEnterprise().getDistrictId(), before, l.snapshot());
        events.publishEvent(new LicenceChanged(id, l.getEnterprise().getId()));
        return l;
    }

    @Transactional
    public ProductionLicence transition(Long id, long expectedVersion, LicenceStatus next, String reason,
                                        String legalBasis) {
        guard.require(Action.EDIT_LICENCE);
        ProductionLicence l = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, l.getVersion(), l.snapshot());
        return apply(l, next, reason, legalBasis);
    }

    /**
     * A penalty decision suspends (暂扣) or cancels (吊销) the licence: called by enforcement, whose
     * officers record the decision, with the decision's number and legal basis as the transition's.
     */
    @Transactional
    public ProductionLicence applyPenalty(Long id, Long enterpriseId, LicenceStatus next, String reason,
                                          String legalBasis) {
        guard.require(Action.RECORD_CASE);
        if (next != LicenceStatus.SUSPENDED && next != LicenceStatus.CANCELLED) {
            throw new BusinessRuleException("status", "licence.penalty.status");
        }
        ProductionLicence l = get(id);
        if (!l.getEnterprise().getId().equals(enterpriseId)) {
            throw new BusinessRuleException("licenceId", "licence.penalty.otherEnterprise");
        }
        return apply(l, next, reason, legalBasis);
    }

    private ProductionLicence apply(ProductionLicence l, LicenceStatus next, String reason, String legalBasis) {
        Map<String, Object> before = l.snapshot();
        LicenceTransition t = transitions.save(l.moveTo(next, reason, legalBasis, CurrentUser.username(),
                clock.instant()));
        licences.flush();
        audit.record(ENTITY, l.getId(), "TRANSITION", l.getEnterprise().getDistrictId(), before, l.snapshot(),
                t.getFromStatus() + " -> " + t.getToStatus() + ": " + t.getReason());
        events.publishEvent(ArchiveEvent.of(l.getEnterprise().getId(), t.getOccurredAt(), ArchiveEvent.LICENCE,
                "archive.licence.transition", "/licences/" + l.getId(), l.getNumber().value(),
                "msg:" + t.getFromStatus().messageCode(), "msg:" + t.getToStatus().messageCode(), t.getReason()));
        events.publishEvent(new LicenceChanged(l.getId(), l.getEnterprise().getId()));
        return l;
    }

    /**
     * Marks live licences past their expiry day as expired. Run daily by the
     * expiry job (as the system) and idempotent.
     */
    @Transactional
    public int markExpired(LocalDate today, String reason, String legalBasis) {
        List<Long> lapsed = licences.findLapsedIds(LIVE, today);
        for (Long id : lapsed) {
            apply(licences.findById(id).orElseThrow(), LicenceStatus.EXPIRED, reason, legalBasis);
        }
        return lapsed.size();
    }
}

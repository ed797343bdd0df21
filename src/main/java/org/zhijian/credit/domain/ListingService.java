package org.zhijian.credit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.enforcement.domain.CaseClosed;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The serious illegal and dishonest list (严重违法失信名单): proposals (from a closed serious case or
 * by hand), the advance notice with the right to be heard, the decision, early removal after credit
 * repair and expiry at three years. A listing and a removal set the enterprise's flag and recompute
 * its class (a listed enterprise is class D) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ListingService {

    public static final String ENTITY = "Listing";

    private final ListingRepository listings;
    private final CreditService credit;
    private final EnterpriseService enterprises;
    private final ClassificationService classification;
    private final ListingTerms terms;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;

    ListingService(ListingRepository listings, CreditService credit, EnterpriseService enterprises,
                   ClassificationService classification, CreditRules rules, WorkingDayCalendar calendar,
                   AuditTrail audit, ApplicationEventPublisher events, Clock clock, AccessGuard guard) {
        this.listings = listings;
        this.credit = credit;
        this.enterprises = enterprises;
        this.classification = classification;
        this.terms = new ListingTerms(calendar, rules);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ListingTerms terms() {
        return terms;
    }

    /** Listings in the user's scope in the given states (all when none is given), newest first. */
    public Page<Listing> search(Long districtId, Collection<ListingStatus> statuses, Pageable pageable) {
        Collection<ListingStatus> s = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(ListingStatus.class) : statuses;
        return listings.search(guard.narrow(districtId), s, pageable);
    }

    public Listing get(Long id) {
        Listing l = listings.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(l.getEnterprise().getId(), l.getDistrictId(), ENTITY, id);
        return l;
    }

    public List<Listing> ofEnterprise(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return listings.findByEnterpriseIdOrderByProposedOnDescIdDesc(enterpriseId);
    }

    /** The steps the current user may take on this listing now. */
    public List<ListingAction> actionsFor(Listing l) {
        return ListingAction.availableFrom(l.getStatus()).stream().filter(a -> guard.may(a.permission())).toList();
    }

    /** The enterprises on the list now, for the public page: only the published fields are shown. */
    @Unscoped("the serious illegal and dishonest list is public (公示), readable without login")
    public List<PublicListing> publicListings() {
        LocalDate today = today();
        return listings.findPublic(ListingStatus.listed()).stream()
                .filter(l -> !ListingTerms.expired(l.getDecidedOn(), today))
                .map(PublicListing::of).toList();
    }

    /**
     * Listings waiting for this user's step, within their district: for a head the noticed proposals
     * to decide and the removal applications to review, for an officer the proposals to notice.
     */
    @Unscoped("scoped by the AccessScope it is given (its district filter): the to-do inbox asks outside a request")
    public List<Listing> waitingFor(AccessScope user, int max) {
        EnumSet<ListingStatus> statuses = EnumSet.noneOf(ListingStatus.class);
        if (user.may(Action.DECIDE_LISTING)) {
            statuses.add(ListingStatus.NOTIFIED);
            statuses.add(ListingStatus.REMOVAL_APPLIED);
        }
        if (user.may(Action.RECORD_LISTING)) {
            statuses.add(ListingStatus.PROPOSED);
        }
        if (statuses.isEmpty()) {
            return List.of();
        }
        return listings.findWaiting(statuses, user.districtFilter(), PageRequest.of(0, max));
    }

    /** A proposal by hand (an officer's, with the reason). */
    @Transactional
    public Listing propose(Long enterpriseId, String reason) {
        return proposeOn(enterpriseId, reason, today());
    }

    /**
     * A proposal made on an earlier day, recorded now: the bureau's paper files from before Zhijian
     * (and the demo city's history). The day must not lie in the future.
     */
    @Transactional
    public Listing proposeOn(Long enterpriseId, String reason, LocalDate on) {
        guard.require(Action.RECORD_LISTING);
        Enterprise e = enterprises.get(enterpriseId);
        return create(e, null, reason, notFuture(on));
    }

    private LocalDate notFuture(LocalDate on) {
        if (on == null || on.isAfter(today())) {
            throw new BusinessRuleException("on", "credit.listing.date.future");
        }
        return on;
    }

    /** A closed serious case proposes its enterprise for the list (once per case). */
    @EventListener
    @Transactional
    public void onCaseClosed(CaseClosed e) {
        if (!e.serious() || listings.existsBySourceCaseId(e.caseId())) {
            return;
        }
        Enterprise enterprise = enterprises.getUnscoped(e.enterpriseId());
        create(enterprise, e.caseId(), credit.caseSummary(e.caseId()), today());
    }

    private Listing create(Enterprise e, Long caseId, String reason, LocalDate on) {
        if (listings.existsByEnterpriseIdAndStatusIn(e.getId(), EnumSet.of(ListingStatus.PROPOSED,
                ListingStatus.NOTIFIED, ListingStatus.LISTED, ListingStatus.REMOVAL_APPLIED)) && caseId == null) {
            throw new BusinessRuleException("enterpriseId", "credit.listing.alreadyOpen");
        }
        Listing l = listings.saveAndFlush(new Listing(e, caseId, reason, on, CurrentUser.username(),
                clock.instant()));
        audit.record(ENTITY, l.getId(), "CREATE", l.getDistrictId(), null, l.snapshot());
        events.publishEvent(ArchiveEvent.of(e.getId(), clock.instant(), CreditService.ARCHIVE_CATEGORY,
                "archive.credit.proposed", "/credit/listings/" + l.getId(), l.getReason()));
        return l;
    }

    /** One step of the lifecycle, against the version the user saw. */
    @Transactional
    public Listing perform(Long id, long expectedVersion, ListingAction action, ListingInput input) {
        return performOn(id, expectedVersion, action, input, today());
    }

    /**
     * A step taken on an earlier day, recorded now (paper files from before Zhijian, the demo city's
     * history); the rules apply as on that day. The day must not lie in the future.
     */
    @Transactional
    public Listing performOn(Long id, long expectedVersion, ListingAction action, ListingInput input, LocalDate on) {
        guard.require(action.permission());
        Listing l = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, l.getVersion(), l.snapshot());
        Map<String, Object> before = l.snapshot();
        LocalDate today = notFuture(on);
        Instant now = clock.instant();
        l.perform(action, input == null ? ListingInput.note(null) : input, today, terms, CurrentUser.username(), now);
        listings.flush();
        audit.record(ENTITY, id, action.name(), l.getDistrictId(), before, l.snapshot(),
                input == null ? null : input.note());
        events.publishEvent(ArchiveEvent.of(l.getEnterprise().getId(), now, CreditService.ARCHIVE_CATEGORY,
                "archive.credit.step", "/credit/listings/" + id, "msg:" + action.messageCode(),
                "msg:" + l.getStatus().messageCode()));
        switch (action) {
            case LIST -> listed(l, today);
            case APPROVE_REMOVAL -> delisted(l, today, true);
            default -> {
            }
        }
        return l;
    }

    /**
     * Listings whose three years have run leave the list (idempotent). Run daily by
     * {@link ListingExpiryJob}; as the system.
     */
    @Transactional
    public int expireDue(LocalDate today) {
        int n = 0;
        for (Long id : listings.findExpiringIds(ListingStatus.listed(), today.minusYears(ListingTerms.LISTING_YEARS))) {
            Listing l = listings.findById(id).orElseThrow();
            Map<String, Object> before = l.snapshot();
            if (l.expire(today, CurrentUser.username(), clock.instant())) {
                listings.flush();
                audit.record(ENTITY, id, "EXPIRE", l.getDistrictId(), before, l.snapshot());
                events.publishEvent(ArchiveEvent.of(l.getEnterprise().getId(), clock.instant(),
                        CreditService.ARCHIVE_CATEGORY, "archive.credit.expired", "/credit/listings/" + id,
                        l.getDecisionNumber()));
                delisted(l, today, false);
                n++;
            }
        }
        return n;
    }

    private void listed(Listing l, LocalDate today) {
        Long enterpriseId = l.getEnterprise().getId();
        enterprises.markListed(enterpriseId, true);
        credit.addListingLine(l, CreditEntryKind.LISTING, today);
        classification.recompute(enterpriseId);
        events.publishEvent(new EnterpriseListed(l.getId(), enterpriseId, l.getDistrictId(), l.getDecidedOn(),
                l.getListedUntil()));
    }

    private void delisted(Listing l, LocalDate today, boolean early) {
        Long enterpriseId = l.getEnterprise().getId();
        boolean stillListed = listings.existsByEnterpriseIdAndStatusIn(enterpriseId, ListingStatus.listed());
        if (!stillListed) {
            enterprises.markListed(enterpriseId, false);
        }
        credit.addListingLine(l, early ? CreditEntryKind.REPAIR : CreditEntryKind.EXPIRY, today);
        classification.recompute(enterpriseId);
        events.publishEvent(new EnterpriseDelisted(l.getId(), enterpriseId, l.getDistrictId(), today, early));
    }
}

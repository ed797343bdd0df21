package org.zhijian.enterprise.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.jpa.CappedCounts;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.CurrentUser;

/**
 * The enterprise registry. Every read and write is scoped to the current user's
 * district here, whatever page or API called it.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseService {

    public static final String ENTITY = "Enterprise";

    private final EnterpriseRepository enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final ArchiveTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;
    private final CappedCounts counts;

    EnterpriseService(EnterpriseRepository enterprises, Districts districts, AuditTrail audit,
                      ArchiveTimeline timeline, ApplicationEventPublisher events, Clock clock, AccessGuard guard,
                      CappedCounts counts) {
        this.counts = counts;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public Page<Enterprise> search(EnterpriseQuery query, Pageable pageable) {
        EnterpriseQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return enterprises.findAll(scoped.toSpecification(), pageable);
    }

    /**
     * The list page of a search, its matches counted only up to {@link CappedPage#LIST_CAP}: a city's
     * hundred thousand enterprises are not counted on every view of the list.
     */
    public CappedPage<Enterprise> listPage(EnterpriseQuery query, Pageable pageable) {
        return listPage(query, pageable, CappedPage.LIST_CAP);
    }

    CappedPage<Enterprise> listPage(EnterpriseQuery query, Pageable pageable, int cap) {
        return counts.page(enterprises, Enterprise.class,
                query.withDistrict(guard.narrow(query.districtId())).toSpecification(), pageable, cap);
    }

    /** The enterprise, if the current user's district covers it; otherwise not found (and the attempt logged). */
    public Enterprise get(Long id) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(id, e.getDistrictId(), ENTITY, id);
        return e;
    }

    /**
     * For work done as the system (recomputing a class): the enterprise whatever the caller's
     * district, or not found.
     */
    public Enterprise getUnscoped(Long id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** For other features that chose the ids within the caller's scope: the enterprises, unordered. */
    public List<Enterprise> allById(Collection<Long> ids) {
        return enterprises.findByIdIn(ids);
    }

    /** The enterprise with this credit code, if the current user may see it (an admin inviting its users). */
    public java.util.Optional<Enterprise> findByCreditCode(SocialCreditCode code) {
        java.util.Optional<Enterprise> found = enterprises.findByCreditCode(code);
        found.ifPresent(e -> guard.checkEnterprise(e.getId(), e.getDistrictId(), ENTITY, e.getId()));
        return found;
    }

    /** For other features: the district of an enterprise the current user may see, or not found. */
    public Long visibleDistrictOf(Long enterpriseId) {
        Long districtId = enterprises.findDistrictIdById(enterpriseId)
                .orElseThrow(() -> new NotFoundException(ENTITY, enterpriseId));
        guard.checkEnterprise(enterpriseId, districtId, ENTITY, enterpriseId);
        return districtId;
    }

    public Page<ArchiveEntry> archive(Long id, String category, Pageable pageable) {
        get(id);
        return timeline.of(id, category, pageable);
    }

    @Transactional
    public Enterprise create(EnterpriseDetails details) {
        guard.require(Action.EDIT_ENTERPRISE);
        checkDistrict(details.districtId());
        if (enterprises.existsByCreditCode(details.creditCode())) {
            throw new BusinessRuleException("creditCode", "creditCode.duplicate", details.creditCode().value());
        }
        Enterprise e = enterprises.save(new Enterprise(details, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, e.getId(), "CREATE", e.getDistrictId(), null, e.snapshot());
        events.publishEvent(ArchiveEvent.of(e.getId(), e.getCreatedAt(), ArchiveEvent.REGISTRY,
                "archive.enterprise.created", null, e.getName()));
        return e;
    }

    @Transactional
    public Enterprise update(Long id, long expectedVersion, EnterpriseDetails details) {
        guard.require(Action.EDIT_ENTERPRISE);
        Enterprise e = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, e.getVersion(), e.snapshot());
        checkDistrict(details.districtId());
        enterprises.findByCreditCode(details.creditCode())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new BusinessRuleException("creditCode", "creditCode.duplicate", details.creditCode().value());
                });
        Map<String, Object> before = e.snapshot();
        e.update(details, CurrentUser.username(), clock.instant());
        enterprises.flush();
        audit.record(ENTITY, id, "UPDATE", e.getDistrictId(), before, e.snapshot());
        if (!before.get("status").equals(e.getStatus().name())) {
            events.publishEvent(ArchiveEvent.of(id, e.getUpdatedAt(), ArchiveEvent.REGISTRY,
                    "archive.enterprise.status", null, "msg:" + e.getStatus().messageCode()));
        }
        return e;
    }

    /**
     * The listing flag, set by the credit module when a listing is decided or ends (it checked who
     * may decide): every module that chooses enterprises sees it here without depending on credit.
     */
    @Transactional
    public void markListed(Long id, boolean listed) {
        Enterprise e = getUnscoped(id);
        if (e.isListed() == listed) {
            return;
        }
        Map<String, Object> before = e.snapshot();
        e.markListed(listed, CurrentUser.username(), clock.instant());
        enterprises.flush();
        audit.record(ENTITY, id, "LISTED", e.getDistrictId(), before, e.snapshot(), String.valueOf(listed));
    }

    /** A district admin may only place enterprises in their own district; the district must exist. */
    private void checkDistrict(Long districtId) {
        if (!districts.exists(districtId)) {
            throw new BusinessRuleException("districtId", "district.unknown");
        }
        if (!guard.covers(districtId)) {
            throw new BusinessRuleException("districtId", "district.outOfScope");
        }
    }
}

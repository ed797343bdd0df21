package org.zhijian.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.licence.domain.LicenceChanged;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.hazard.domain.HazardChanged;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.spotcheck.domain.BatchVerdictChanged;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classified supervision (分类监管): gathers the inputs of each licensed enterprise, lets the
 * {@link Classifier} compute its class, keeps the factors, the override and the inspection
 * schedule. Recomputes when another module reports a change to an input ({@link HazardChanged},
 * {@link LicenceChanged}, {@link BatchVerdictChanged}; see docs/events.md), when an incident is
 * recorded here, and daily for what changes with time alone (the three-year window, licence expiry).
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService {

    public static final String ENTITY = "EnterpriseClass";
    public static final String INCIDENT = "EnterpriseIncident";
    public static final String ARCHIVE_CATEGORY = "CLASS";
    private static final TypeReference<List<Classification.Factor>> FACTORS = new TypeReference<>() {
    };

    private final EnterpriseClassRepository classes;
    private final EnterpriseIncidentRepository incidents;
    private final EnterpriseService enterprises;
    private final HazardService hazards;
    private final SpotCheckRecordSource spotChecks;
    private final ProductRiskSource productRisk;
    private final ClassificationRules rules;
    private final Classifier classifier;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final AccessGuard guard;

    ClassificationService(EnterpriseClassRepository classes, EnterpriseIncidentRepository incidents,
                          EnterpriseService enterprises,
                          HazardService hazards, SpotCheckRecordSource spotChecks, ProductRiskSource productRisk,
                          ClassificationRules rules, AuditTrail audit, ApplicationEventPublisher events,
                          JsonMapper json, Clock clock, AccessGuard guard) {
        this.classes = classes;
        this.incidents = incidents;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.spotChecks = spotChecks;
        this.productRisk = productRisk;
        this.rules = rules;
        this.classifier = new Classifier(rules);
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.guard = guard;
    }

    public ClassificationRules rules() {
        return rules;
    }

    public Page<EnterpriseClass> search(Long districtId, SupervisionClass cls, Pageable pageable) {
        return classes.search(guard.narrow(districtId), cls, pageable);
    }

    /** Enterprises whose next inspection falls due within the given days (or is already late). */
    public Page<EnterpriseClass> dueForInspection(Long districtId, int withinDays, Pageable pageable) {
        return classes.findAll(DueForInspection.by(LocalDate.now(clock).plusDays(withinDays))
                .withDistrict(guard.narrow(districtId)).toSpecification(), pageable);
    }

    public Map<SupervisionClass, Long> countByClass(Long districtId) {
        Map<SupervisionClass, Long> counts = new EnumMap<>(SupervisionClass.class);
        for (SupervisionClass c : SupervisionClass.values()) {
            counts.put(c, 0L);
        }
        for (Object[] row : classes.countByClass(guard.narrow(districtId))) {
            counts.put((SupervisionClass) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The effective class of each of the enterprises that has one; unscoped, for the draw's candidates. */
    public Map<Long, SupervisionClass> effectiveClasses(Collection<Long> enterpriseIds) {
        Map<Long, SupervisionClass> byEnterprise = new HashMap<>();
        classes.findEffectiveClasses(enterpriseIds).forEach(x -> byEnterprise.put((Long) x[0], (SupervisionClass) x[1]));
        return byEnterprise;
    }

    /** The class of an enterprise the user may see; empty when it holds no licence. */
    public Optional<EnterpriseClass> of(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return classes.findByEnterpriseId(enterpriseId);
    }

    public EnterpriseClass get(Long enterpriseId) {
        return of(enterpriseId).orElseThrow(() -> new NotFoundException(ENTITY, enterpriseId));
    }

    public List<Classification.Factor> factorsOf(EnterpriseClass c) {
        return json.readValue(c.getFactors(), FACTORS);
    }

    public List<EnterpriseIncident> incidentsOf(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return incidents.findByEnterpriseIdOrderByOccurredOnDescIdDesc(enterpriseId);
    }

    /** The inputs as they stand today; for the class page and for recomputation. */
    public ClassificationInputs inputsOf(Enterprise e) {
        return inputsOf(e, classes.findLicenceStatuses(e.getId()));
    }

    private ClassificationInputs inputsOf(Enterprise e, List<LicenceStatus> licenceStatuses) {
        LocalDate since = LocalDate.now(clock).minusYears(rules.getRecordYears());
        Map<HazardLevel, Long> open = hazards.openByLevel(e.getId());
        LicenceStatus worst = licenceStatuses.stream()
                .max(Comparator.comparingInt(rules::licencePoints)).orElse(null);
        return new ClassificationInputs(productRisk.riskOf(e), spotChecks.failedBatchesSince(e.getId(), since),
                open.get(HazardLevel.MAJOR), open.get(HazardLevel.GENERAL), worst,
                incidents.countByEnterpriseIdAndKindAndOccurredOnGreaterThanEqual(e.getId(), IncidentKind.COMPLAINT,
                        since),
                incidents.countByEnterpriseIdAndKindAndOccurredOnGreaterThanEqual(e.getId(), IncidentKind.VIOLATION,
                        since), e.isListed());
    }

    /** A hazard was recorded or moved: the enterprise's open hazards may have changed. */
    @EventListener
    @Transactional
    public void onHazardChanged(HazardChanged event) {
        recompute(event.enterpriseId());
    }

    /**
     * Licence status is an input of the class: a suspension or an expiry moves it at once rather
     * than at the next daily run. Recomputed just before the licence's transaction commits (all of
     * its licence changes flushed), the timing of the Hibernate listener this replaces, and once per
     * enterprise however many of its licences the transaction changed (the daily expiry, the demo
     * load): a second recomputation at that point would read the same inputs and change nothing.
     * Without a transaction there is nothing to wait for and no reaction, as for any
     * before-commit listener.
     */
    @EventListener
    public void onLicenceChanged(LicenceChanged event) {
        recomputeBeforeCommit(event.enterpriseId());
    }

    /** The key of the transaction's enterprises awaiting their before-commit recomputation. */
    private final Object pendingKey = new Object();

    @SuppressWarnings("unchecked")
    private void recomputeBeforeCommit(Long enterpriseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(pendingKey);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(pendingKey, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    ids.forEach(ClassificationService.this::recompute);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
                }
            });
            pending = ids;
        }
        pending.add(enterpriseId);
    }

    /** A spot-check verdict or post-processing step changed the enterprise's record. */
    @EventListener
    @Transactional
    public void onBatchVerdictChanged(BatchVerdictChanged event) {
        recompute(event.enterpriseId());
    }

    /**
     * Recomputes one enterprise's class (as the system: inputs are read whatever the caller's
     * district). An enterprise with no licence has no class.
     */
    @Transactional
    public Optional<EnterpriseClass> recompute(Long enterpriseId) {
        List<LicenceStatus> licenceStatuses = classes.findLicenceStatuses(enterpriseId);
        if (licenceStatuses.isEmpty()) {
            return Optional.empty();
        }
        Enterprise e = enterprises.getUnscoped(enterpriseId);
        Classification c = classifier.classify(inputsOf(e, licenceStatuses));
        Instant now = clock.instant();
        EnterpriseClass row = classes.findByEnterpriseId(enterpriseId)
                .orElseGet(() -> new EnterpriseClass(e, LocalDate.now(clock)));
        boolean isNew = row.isNew();
        Map<String, Object> before = isNew ? null : row.snapshot();
        boolean changed = row.computed(c, json.writeValueAsString(c.factors()), now, rules);
        classes.save(row);
        if (isNew || changed || !before.equals(row.snapshot())) {
            classes.flush();
            audit.record(ENTITY, row.getId(), isNew ? "CREATE" : "RECOMPUTE", e.getDistrictId(), before,
                    row.snapshot());
        }
        if (changed) {
            events.publishEvent(ArchiveEvent.of(e.getId(), now, ARCHIVE_CATEGORY, "archive.class.changed",
                    "/classification/" + e.getId(), "msg:" + row.effectiveClass().messageCode(), c.score()));
        }
        return Optional.of(row);
    }

    /** Every licensed enterprise; run daily and after the demo load. */
    @Transactional
    public int recomputeAll() {
        List<Long> ids = classes.findLicensedEnterpriseIds();
        ids.forEach(this::recompute);
        return ids.size();
    }

    /** For the admin's "recompute now" button. */
    @Transactional
    @Unscoped("every enterprise of the city: the role matrix (RECOMPUTE_CLASSES, city admins) is the whole check")
    public int recomputeAllAsAdmin() {
        guard.require(Action.RECOMPUTE_CLASSES);
        return recomputeAll();
    }

    @Transactional
    public EnterpriseClass override(Long enterpriseId, long expectedVersion, SupervisionClass cls, String reason) {
        guard.require(Action.OVERRIDE_CLASS);
        EnterpriseClass row = get(enterpriseId);
        StaleEditException.check(ENTITY, row.getId(), expectedVersion, row.getVersion(), row.snapshot());
        Map<String, Object> before = row.snapshot();
        if (cls == null) {
            row.clearOverride(rules);
        } else {
            row.override(cls, reason, CurrentUser.username(), clock.instant(), rules);
        }
        classes.flush();
        audit.record(ENTITY, row.getId(), "OVERRIDE", row.getEnterprise().getDistrictId(), before, row.snapshot(),
                reason);
        events.publishEvent(ArchiveEvent.of(enterpriseId, clock.instant(), ARCHIVE_CATEGORY,
                cls == null ? "archive.class.overrideCleared" : "archive.class.overridden",
                "/classification/" + enterpriseId, "msg:" + row.effectiveClass().messageCode(),
                reason == null ? "" : reason));
        return row;
    }

    @Transactional
    public EnterpriseClass recordInspection(Long enterpriseId, long expectedVersion, LocalDate on) {
        guard.require(Action.RECORD_INSPECTION);
        EnterpriseClass row = get(enterpriseId);
        StaleEditException.check(ENTITY, row.getId(), expectedVersion, row.getVersion(), row.snapshot());
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("inspectedOn", "risk.class.inspectedOn.invalid");
        }
        Map<String, Object> before = row.snapshot();
        row.inspected(on, rules);
        classes.flush();
        audit.record(ENTITY, row.getId(), "INSPECTED", row.getEnterprise().getDistrictId(), before, row.snapshot());
        events.publishEvent(ArchiveEvent.of(enterpriseId, clock.instant(), ARCHIVE_CATEGORY, "archive.class.inspected",
                "/classification/" + enterpriseId, on, row.getNextDueOn()));
        return row;
    }

    @Transactional
    public EnterpriseIncident recordIncident(Long enterpriseId, IncidentKind kind, LocalDate occurredOn,
                                             String summary) {
        guard.require(Action.RECORD_INCIDENT);
        Long districtId = enterprises.visibleDistrictOf(enterpriseId);
        if (occurredOn == null || occurredOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("occurredOn", "risk.incident.occurredOn.invalid");
        }
        EnterpriseIncident incident = incidents.save(new EnterpriseIncident(enterpriseId, kind, occurredOn, summary,
                CurrentUser.username(), clock.instant()));
        audit.record(INCIDENT, incident.getId(), "CREATE", districtId, null, incident.snapshot());
        events.publishEvent(ArchiveEvent.of(enterpriseId, clock.instant(), ARCHIVE_CATEGORY,
                "archive.incident.recorded", "/classification/" + enterpriseId, "msg:" + kind.messageCode(),
                incident.getSummary()));
        recompute(enterpriseId);
        return incident;
    }
}

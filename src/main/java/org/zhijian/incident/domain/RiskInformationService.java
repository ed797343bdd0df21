package org.zhijian.incident.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.inspection.domain.SpecialInspections;
import org.zhijian.region.domain.Districts;
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
 * Risk information (风险信息) in one queue: received by hand (complaints, reports, media, departments'
 * notices, monitoring) or as automatic signals of the dashboard's early warning; assessed (研判) by a
 * head within {@link IncidentProperties#assessmentWorkingDays()} working days and closed with a
 * {@link RiskAction}. A complaint against an enterprise goes on its classification's complaint factor
 * at once. Closing publishes {@link RiskInformationAssessed}. Scoped by the item's district.
 */
@Service
@Transactional(readOnly = true)
public class RiskInformationService {

    public static final String ENTITY = "RiskInformation";
    public static final String ARCHIVE_CATEGORY = "RISK_INFO";
    public static final String REFERENCE_PREFIX = "risk-information:";

    private static final Logger log = LoggerFactory.getLogger(RiskInformationService.class);
    private static final Set<RiskInformationStatus> OPEN = EnumSet.of(RiskInformationStatus.RECEIVED,
            RiskInformationStatus.ASSESSING);

    private final RiskInformationRepository information;
    private final IncidentService incidents;
    private final EnterpriseService enterprises;
    private final ClassificationService classification;
    private final Districts districts;
    private final ObjectProvider<SpecialInspections> inspections;
    private final WorkingDayCalendar calendar;
    private final IncidentProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;
    private final TransactionTemplate newTransaction;
    /** Signal keys this instance knows are stored: a dashboard recomputation asks the database once per key. */
    private final Set<String> knownSignals = ConcurrentHashMap.newKeySet();

    RiskInformationService(RiskInformationRepository information, IncidentService incidents,
                           EnterpriseService enterprises, ClassificationService classification, Districts districts,
                           ObjectProvider<SpecialInspections> inspections, WorkingDayCalendar calendar,
                           IncidentProperties properties, AuditTrail audit, ApplicationEventPublisher events,
                           Clock clock, AccessGuard guard, PlatformTransactionManager transactions) {
        this.information = information;
        this.incidents = incidents;
        this.enterprises = enterprises;
        this.classification = classification;
        this.districts = districts;
        this.inspections = inspections;
        this.calendar = calendar;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The bureau's time zone. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The last day to assess an item received on {@code receivedOn}: the assessment window in working days. */
    public static LocalDate assessBy(LocalDate receivedOn, WorkingDayCalendar calendar, int workingDays) {
        return calendar.after(receivedOn, workingDays);
    }

    public Page<RiskInformation> search(RiskInformationQuery query, Pageable pageable) {
        RiskInformationQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return information.findAll(scoped.toSpecification(today()), pageable);
    }

    public RiskInformation get(Long id) {
        RiskInformation r = information.findWithEnterprise(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkDistrict(r.getDistrictId(), ENTITY, id);
        return r;
    }

    /** Records a piece of risk information; a complaint against an enterprise also feeds its class. */
    @Transactional
    public RiskInformation receive(RiskInformationDetails d) {
        guard.require(Action.RECORD_RISK_INFORMATION);
        if (d.source() == null || !d.source().isManual()) {
            throw new BusinessRuleException("source", "incident.risk.source.manual");
        }
        if (d.summary() == null || d.summary().isBlank()) {
            throw new BusinessRuleException("summary", "incident.risk.summary.required");
        }
        Enterprise enterprise = d.enterpriseId() == null ? null : enterprises.get(d.enterpriseId());
        if (enterprise == null) {
            if (d.districtId() != null && !districts.exists(d.districtId())) {
                throw new BusinessRuleException("districtId", "incident.district.unknown");
            }
            if (!guard.covers(d.districtId())) {
                throw new BusinessRuleException("districtId", "incident.district.notYours");
            }
        }
        Instant now = clock.instant();
        Instant receivedAt = d.receivedAt() == null ? now : d.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw new BusinessRuleException("receivedAt", "incident.risk.receivedAt.future");
        }
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, clock.getZone());
        RiskInformation r = information.saveAndFlush(new RiskInformation(d.source(), enterprise, d.districtId(),
                d.summary(), d.informant(), receivedAt, assessBy(receivedOn, calendar,
                properties.assessmentWorkingDays()), null, CurrentUser.username(), now));
        audit.record(ENTITY, r.getId(), "CREATE", r.getDistrictId(), null, r.snapshot());
        if (enterprise != null) {
            events.publishEvent(ArchiveEvent.of(enterprise.getId(), now, ARCHIVE_CATEGORY,
                    "archive.riskInformation.received", "/risk-information/" + r.getId(),
                    "msg:" + r.getSource().messageCode(), r.getSummary()));
            if (d.source() == RiskSource.COMPLAINT) {
                classification.recordIncident(enterprise.getId(), IncidentKind.COMPLAINT, receivedOn,
                        r.getSummary());
            }
        }
        return r;
    }

    /**
     * Records an automatic signal of the early warning once per {@code signalKey}, whoever's dashboard
     * raised it and however often; in its own transaction, so a read-only dashboard can call it. Cheap
     * on repeats: a key this instance has seen costs nothing, a new one an index lookup.
     *
     * @return whether this call stored it
     */
    @Unscoped("the early warning's own signal, recorded for the bureau; it returns nothing of any record")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean recordSignal(String signalKey, Long districtId, String summary) {
        if (knownSignals.contains(signalKey)) {
            return false;
        }
        try {
            Boolean stored = newTransaction.execute(status -> {
                if (information.existsBySignalKey(signalKey)) {
                    return false;
                }
                Instant now = clock.instant();
                String actor = AccessScope.SYSTEM.username();
                RiskInformation r = information.saveAndFlush(new RiskInformation(RiskSource.SIGNAL, null, districtId,
                        summary, null, now, assessBy(LocalDate.now(clock), calendar,
                        properties.assessmentWorkingDays()), signalKey, actor, now));
                audit.record(ENTITY, r.getId(), "CREATE", districtId, null, r.snapshot(), "signal " + signalKey);
                return true;
            });
            knownSignals.add(signalKey);
            return Boolean.TRUE.equals(stored);
        } catch (DataIntegrityViolationException raced) {
            // another instance stored the same signal a moment earlier
            knownSignals.add(signalKey);
            return false;
        } catch (RuntimeException e) {
            log.warn("Could not record the early-warning signal {}: {}", signalKey, e.toString());
            return false;
        }
    }

    /** A head takes the item up for assessment (研判中). */
    @Transactional
    public RiskInformation startAssessment(Long id, long expectedVersion) {
        guard.require(Action.ASSESS_RISK_INFORMATION);
        RiskInformation r = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, r.getVersion(), r.snapshot());
        Map<String, Object> before = r.snapshot();
        r.startAssessment(CurrentUser.username(), clock.instant());
        information.flush();
        audit.record(ENTITY, id, "ASSESS", r.getDistrictId(), before, r.snapshot());
        return r;
    }

    /**
     * Closes the item with the head's conclusion and carries it out: an inspection task for the
     * enterprise (through the inspection module), a spot-check request (kept on the item, for the
     * plans), a clue (enforcement listens to {@link RiskInformationAssessed}) or an incident.
     */
    @Transactional
    public RiskInformation assess(Long id, long expectedVersion, Assessment a) {
        guard.require(Action.ASSESS_RISK_INFORMATION);
        RiskInformation r = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, r.getVersion(), r.snapshot());
        if (a.action() == null) {
            throw new BusinessRuleException("action", "incident.risk.action.required");
        }
        if (a.reason() == null || a.reason().isBlank()) {
            throw new BusinessRuleException("reason", "incident.risk.reason.required");
        }
        if (!r.getStatus().canMoveTo(RiskInformationStatus.CLOSED)) {
            throw new BusinessRuleException("action", "incident.risk.status.notAllowed");
        }
        Map<String, Object> before = r.snapshot();
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        LocalDate today = today();
        String reference = switch (a.action()) {
            case NONE, CLUE -> null;
            case SPOT_CHECK -> "spot-check";
            case INSPECTION_TASK -> inspectionTask(r, today);
            case INCIDENT -> openIncident(r, a);
        };
        r.close(a.action(), a.reason(), reference, actor, today, now);
        information.flush();
        audit.record(ENTITY, id, "CLOSE", r.getDistrictId(), before, r.snapshot(), a.action().name());
        Long enterpriseId = r.getEnterprise() == null ? null : r.getEnterprise().getId();
        if (enterpriseId != null) {
            events.publishEvent(ArchiveEvent.of(enterpriseId, now, ARCHIVE_CATEGORY,
                    "archive.riskInformation.assessed", "/risk-information/" + id,
                    "msg:incident.action." + a.action().name(), r.getReason()));
        }
        events.publishEvent(new RiskInformationAssessed(id, enterpriseId, r.getDistrictId(), a.action(),
                r.getSummary(), r.getReason(), actor, today));
        return r;
    }

    private String inspectionTask(RiskInformation r, LocalDate today) {
        if (r.getEnterprise() == null) {
            throw new BusinessRuleException("action", "incident.risk.action.needsEnterprise");
        }
        SpecialInspections si = inspections.getIfAvailable();
        if (si == null) {
            throw new BusinessRuleException("action", "incident.inspection.unavailable");
        }
        String reference = REFERENCE_PREFIX + r.getId();
        List<Long> tasks = si.dispatch(reference, r.getSummary().length() > 200 ? r.getSummary().substring(0, 200)
                : r.getSummary(), List.of(r.getEnterprise().getId()), calendar.after(today,
                properties.taskWorkingDays()));
        return tasks.isEmpty() ? reference : "task:" + tasks.get(0);
    }

    private String openIncident(RiskInformation r, Assessment a) {
        String title = r.getSummary().length() > 200 ? r.getSummary().substring(0, 200) : r.getSummary();
        QualityIncident i = incidents.create(new IncidentDetails(title,
                a.incidentLevel() == null ? IncidentLevel.IV : a.incidentLevel(),
                r.getEnterprise() == null ? null : r.getEnterprise().getId(), r.getDistrictId(), r.getSummary(),
                a.occurredAt() == null ? r.getReceivedAt() : a.occurredAt(), a.drill(), r.getId()),
                r.getEnterprise());
        return IncidentService.REFERENCE_PREFIX + i.getId();
    }

    /** Open items of a scope, soonest due first, for the to-do list. */
    List<RiskInformation> open(Long districtId, int limit) {
        return districtId == null ? information.findOpen(OPEN, PageRequest.of(0, limit))
                : information.findOpenIn(OPEN, districtId, PageRequest.of(0, limit));
    }
}

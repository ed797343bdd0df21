package org.zhijian.incident.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.inspection.domain.SpecialInspections;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;

/**
 * Quality-safety incidents (质量安全事故): opening one, its reports (the first is the initial report,
 * due within {@link IncidentProperties#initialReportWithin()} of the occurrence; a closing report
 * closes it), and the emergency response's special inspection (专项检查), dispatched through the
 * inspection module's {@link SpecialInspections} and followed per district until every task is done.
 * Scoped by the incident's district (a city-level incident is seen by city users only).
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

    public static final String ENTITY = "QualityIncident";
    public static final String ARCHIVE_CATEGORY = "INCIDENT";
    /** The reference an incident's special-inspection tasks carry: {@code incident:<id>}. */
    public static final String REFERENCE_PREFIX = "incident:";
    /** The most enterprises one district gets in one special inspection. */
    static final int MAX_ENTERPRISES_PER_DISTRICT = 500;

    private final QualityIncidentRepository incidents;
    private final IncidentReportRepository reports;
    private final RiskInformationRepository information;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final ObjectProvider<SpecialInspections> inspections;
    private final IncidentProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;

    IncidentService(QualityIncidentRepository incidents, IncidentReportRepository reports,
                    RiskInformationRepository information, EnterpriseService enterprises, Districts districts,
                    ObjectProvider<SpecialInspections> inspections, IncidentProperties properties, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock, AccessGuard guard) {
        this.incidents = incidents;
        this.reports = reports;
        this.information = information;
        this.enterprises = enterprises;
        this.districts = districts;
        this.inspections = inspections;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The bureau's time zone, for times typed on a page. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public Page<QualityIncident> search(IncidentQuery query, Pageable pageable) {
        IncidentQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return incidents.findAll(scoped.toSpecification(), pageable);
    }

    public QualityIncident get(Long id) {
        QualityIncident i = incidents.findWithEnterprise(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkDistrict(i.getDistrictId(), ENTITY, id);
        return i;
    }

    public List<IncidentReport> reportsOf(Long id) {
        get(id);
        return incidents.findReports(id);
    }

    /** Whether the special inspection can be dispatched at all (the inspection module is present). */
    @org.zhijian.system.security.Unscoped("says only whether a module is installed")
    public boolean canDispatch() {
        return inspections.getIfAvailable() != null;
    }

    /** Each district's progress of the incident's special inspection (empty when none was dispatched). */
    public List<DistrictProgress> progress(Long id) {
        return progressOf(get(id));
    }

    private List<DistrictProgress> progressOf(QualityIncident i) {
        SpecialInspections si = inspections.getIfAvailable();
        if (!i.hasSpecialInspection() || si == null) {
            return List.of();
        }
        return si.progress(i.reference());
    }

    /** Every task of the special inspection is done (false when there is none). */
    public boolean inspectionFinished(List<DistrictProgress> progress) {
        return !progress.isEmpty() && progress.stream().allMatch(DistrictProgress::finished);
    }

    @Transactional
    public QualityIncident open(IncidentDetails details) {
        guard.require(Action.MANAGE_INCIDENT);
        Enterprise enterprise = details.enterpriseId() == null ? null : enterprises.get(details.enterpriseId());
        if (enterprise == null) {
            if (details.districtId() != null && !districts.exists(details.districtId())) {
                throw new BusinessRuleException("districtId", "incident.district.unknown");
            }
            if (!guard.covers(details.districtId())) {
                throw new BusinessRuleException("districtId", "incident.district.notYours");
            }
        }
        return create(details, enterprise);
    }

    /** Opens the incident a head's assessment decided; the caller has checked the role and the record. */
    QualityIncident create(IncidentDetails details, Enterprise enterprise) {
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        QualityIncident i = incidents.saveAndFlush(new QualityIncident(details, enterprise,
                properties.initialReportWithin(), actor, now));
        audit.record(ENTITY, i.getId(), "CREATE", i.getDistrictId(), null, i.snapshot());
        archive(i, now, "archive.qualityIncident.opened", "msg:" + i.getLevel().messageCode());
        return i;
    }

    /** Keeps a report; the first must be the initial report, a closing report closes the incident. */
    @Transactional
    public IncidentReport report(Long id, long expectedVersion, IncidentReportKind kind, String content) {
        guard.require(Action.MANAGE_INCIDENT);
        QualityIncident i = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, i.getVersion(), i.snapshot());
        if (kind == null) {
            throw new BusinessRuleException("kind", "incident.report.kind.required");
        }
        Map<String, Object> before = i.snapshot();
        boolean finished = !i.hasSpecialInspection() || inspectionFinished(progressOf(i));
        Instant now = clock.instant();
        IncidentReport r = reports.save(i.report(kind, content, finished, CurrentUser.username(), now));
        incidents.flush();
        audit.record(ENTITY, id, "REPORT", i.getDistrictId(), before, i.snapshot(), kind.name());
        if (kind == IncidentReportKind.CLOSING) {
            archive(i, now, "archive.qualityIncident.closed", "msg:" + i.getLevel().messageCode());
        }
        return r;
    }

    /**
     * Dispatches the special inspection: one task per active enterprise of the chosen industry in each
     * chosen district, due on the order's date, all carrying the incident's reference. The user must
     * cover every district (a district head orders one in their own district; the city any).
     */
    @Transactional
    public QualityIncident dispatch(Long id, long expectedVersion, SpecialInspectionOrder order) {
        guard.require(Action.MANAGE_INCIDENT);
        QualityIncident i = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, i.getVersion(), i.snapshot());
        SpecialInspections si = inspections.getIfAvailable();
        if (si == null) {
            throw new BusinessRuleException("districtIds", "incident.inspection.unavailable");
        }
        if (order.title() == null || order.title().isBlank()) {
            throw new BusinessRuleException("title", "incident.inspection.title.required");
        }
        if (order.districtIds() == null || order.districtIds().isEmpty()) {
            throw new BusinessRuleException("districtIds", "incident.inspection.districts.required");
        }
        Set<Long> chosen = new LinkedHashSet<>(order.districtIds());
        for (Long d : chosen) {
            if (!districts.exists(d) || !guard.covers(d)) {
                throw new BusinessRuleException("districtIds", "incident.district.notYours");
            }
        }
        List<Long> enterpriseIds = new ArrayList<>();
        for (Long d : chosen) {
            enterprises.search(new EnterpriseQuery(null, d, order.industry(), EnterpriseStatus.ACTIVE),
                    PageRequest.of(0, MAX_ENTERPRISES_PER_DISTRICT)).forEach(e -> enterpriseIds.add(e.getId()));
        }
        if (enterpriseIds.isEmpty()) {
            throw new BusinessRuleException("industry", "incident.inspection.noEnterprises");
        }
        Map<String, Object> before = i.snapshot();
        Instant now = clock.instant();
        i.specialInspection(order.title(), List.copyOf(chosen), order.dueOn(), today(), CurrentUser.username(), now);
        List<Long> tasks = si.dispatch(i.reference(), order.title().strip(), enterpriseIds, order.dueOn());
        incidents.flush();
        audit.record(ENTITY, id, "DISPATCH", i.getDistrictId(), before, i.snapshot(),
                tasks.size() + " tasks in districts " + chosen);
        return i;
    }

    /** Incidents (drills left out) and risk information of the user's scope, by level, source and district. */
    public IncidentFigures figures(Long requestedDistrictId) {
        Long district = guard.narrow(requestedDistrictId);
        if (district != null) {
            guard.checkDistrict(districts.exists(district) ? district : -1L, "District", district);
        }
        List<Object[]> incidentRows = district == null ? incidents.countAll() : incidents.countIn(district);
        List<Object[]> riskRows = district == null ? information.countAll() : information.countIn(district);
        Map<IncidentLevel, Map<IncidentStatus, Long>> byLevel = new EnumMap<>(IncidentLevel.class);
        for (IncidentLevel l : IncidentLevel.values()) {
            Map<IncidentStatus, Long> m = new EnumMap<>(IncidentStatus.class);
            for (IncidentStatus s : IncidentStatus.values()) {
                m.put(s, 0L);
            }
            byLevel.put(l, m);
        }
        Map<RiskSource, Map<String, Long>> bySource = new EnumMap<>(RiskSource.class);
        for (RiskSource s : RiskSource.values()) {
            Map<String, Long> m = new java.util.LinkedHashMap<>();
            m.put(IncidentFigures.OPEN, 0L);
            for (RiskAction a : RiskAction.values()) {
                m.put(a.name(), 0L);
            }
            bySource.put(s, m);
        }
        Map<Long, long[]> perDistrict = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        long incidentTotal = 0;
        long riskTotal = 0;
        for (Object[] row : incidentRows) {
            IncidentLevel level = (IncidentLevel) row[0];
            IncidentStatus status = (IncidentStatus) row[1];
            long n = (Long) row[3];
            byLevel.get(level).merge(status, n, Long::sum);
            long[] line = perDistrict.computeIfAbsent((Long) row[2], k -> new long[4]);
            line[0] += n;
            if (!status.isClosed()) {
                line[1] += n;
            }
            incidentTotal += n;
        }
        for (Object[] row : riskRows) {
            RiskSource source = (RiskSource) row[0];
            RiskAction action = (RiskAction) row[1];
            long n = (Long) row[3];
            bySource.get(source).merge(action == null ? IncidentFigures.OPEN : action.name(), n, Long::sum);
            long[] line = perDistrict.computeIfAbsent((Long) row[2], k -> new long[4]);
            line[2] += n;
            if (action == null) {
                line[3] += n;
            }
            riskTotal += n;
        }
        List<IncidentFigures.DistrictLine> lines = new ArrayList<>();
        perDistrict.forEach((d, l) -> lines.add(new IncidentFigures.DistrictLine(d, l[0], l[1], l[2], l[3])));
        return new IncidentFigures(byLevel, bySource, lines, incidentTotal, riskTotal);
    }

    private void archive(QualityIncident i, Instant now, String code, Object... args) {
        if (i.getEnterprise() == null || i.isDrill()) {
            return; // an exercise is no part of the enterprise's record
        }
        Object[] all = new Object[args.length + 1];
        all[0] = i.getTitle();
        System.arraycopy(args, 0, all, 1, args.length);
        events.publishEvent(ArchiveEvent.of(i.getEnterprise().getId(), now, ARCHIVE_CATEGORY, code,
                "/incidents/" + i.getId(), all));
    }

    /** Incidents still waiting for their initial report, for the to-do list. */
    List<QualityIncident> awaitingInitialReport(Long districtId, int limit) {
        return districtId == null ? incidents.findAwaitingInitialReport(PageRequest.of(0, limit))
                : incidents.findAwaitingInitialReportIn(districtId, PageRequest.of(0, limit));
    }
}

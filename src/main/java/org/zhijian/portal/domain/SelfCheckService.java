package org.zhijian.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.AccountService;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The enterprise's own part of risk control (企业自查): its risk points, started from its industry's
 * template list (风险管控清单范本, kept by the city's admins), its self-checks of them, and the two
 * regulations' daily / weekly / monthly records (日管控、周排查、月调度). The bureau sees which
 * enterprises on the enterprise side are behind with those records ({@link #behind}).
 */
@Service
@Transactional(readOnly = true)
public class SelfCheckService {

    public static final String TEMPLATE = "RiskTemplate";
    public static final String POINT = "OwnRiskPoint";
    public static final String CHECK = "SelfCheck";
    public static final String DUTY = "DutyRecord";

    private final RiskTemplateRepository templates;
    private final OwnRiskPointRepository points;
    private final SelfCheckRepository checks;
    private final DutyRecordRepository duties;
    private final EnterpriseService enterprises;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    SelfCheckService(RiskTemplateRepository templates, OwnRiskPointRepository points, SelfCheckRepository checks,
                     DutyRecordRepository duties, EnterpriseService enterprises, AccountService accounts,
                     AuditTrail audit, AccessGuard guard, WorkingDayCalendar calendar, Clock clock) {
        this.templates = templates;
        this.points = points;
        this.checks = checks;
        this.duties = duties;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.audit = audit;
        this.guard = guard;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every industry's template list, by industry. */
    @Unscoped("the template risk lists are city-wide reference data every user reads")
    public List<RiskTemplate> allTemplates() {
        return templates.findAllByOrderByIndustryAscSortOrderAscIdAsc();
    }

    /** Adds a line to an industry's template list (a city admin). */
    @Transactional
    @Unscoped("the template lists are city-wide reference data: the role matrix (city admins) is the only check")
    public RiskTemplate addTemplate(TemplateDetails d) {
        guard.require(Action.EDIT_RISK_TEMPLATE);
        if (d.industry() == null) {
            throw new BusinessRuleException("industry", "portal.template.industryRequired");
        }
        String name = required(d.name(), "name", 200);
        String measure = required(d.controlMeasure(), "controlMeasure", 500);
        if (templates.existsByIndustryAndName(d.industry(), name)) {
            throw new BusinessRuleException("name", "portal.template.duplicate");
        }
        int order = templates.findByIndustryOrderBySortOrderAscIdAsc(d.industry()).size() + 1;
        RiskTemplate t = templates.save(new RiskTemplate(d.industry(), name, measure,
                d.checkFrequency() == null ? DutyPeriod.DAILY : d.checkFrequency(), order));
        audit.record(TEMPLATE, t.getId(), "CREATE", null, null, t.snapshot());
        return t;
    }

    /** What the enterprise side's self-check page shows. */
    public SelfCheckOverview overview() {
        Enterprise e = own();
        List<OwnRiskPoint> own = points.findByEnterpriseIdOrderByIdAsc(e.getId());
        Set<Long> adopted = own.stream().map(OwnRiskPoint::getTemplateId).collect(Collectors.toSet());
        long notAdopted = templates.findByIndustryOrderBySortOrderAscIdAsc(e.getIndustry()).stream()
                .filter(t -> t.isActive() && !adopted.contains(t.getId())).count();
        Map<Long, String> names = own.stream().collect(Collectors.toMap(OwnRiskPoint::getId, OwnRiskPoint::getName));
        List<SelfCheckOverview.CheckLine> recent = checks.findTop50ByEnterpriseIdOrderByCheckedOnDescIdDesc(e.getId())
                .stream().map(c -> new SelfCheckOverview.CheckLine(names.get(c.getPointId()), c.getCheckedOn(),
                        c.getOutcome(), c.getFindings(), c.getRecordedBy())).toList();
        LocalDate today = today();
        List<DutyRecord> records = duties.findTop20ByEnterpriseIdOrderByPeriodStartDescIdDesc(e.getId());
        Map<DutyPeriod, SelfCheckOverview.DutyState> states = new EnumMap<>(DutyPeriod.class);
        for (DutyPeriod p : DutyPeriod.values()) {
            LocalDate latest = records.stream().filter(r -> r.getKind() == p).map(DutyRecord::getPeriodStart)
                    .max(Comparator.naturalOrder()).orElse(null);
            LocalDate due = p.lastDueStart(today, calendar);
            states.put(p, new SelfCheckOverview.DutyState(p, p.start(today), latest,
                    latest != null && !latest.isBefore(p.start(today)), latest == null || latest.isBefore(due)));
        }
        return new SelfCheckOverview(e.getIndustry(), own, notAdopted, recent, states, records);
    }

    /** Takes the industry's active template lines the enterprise has not adopted yet as its own risk points. */
    @Transactional
    public int startFromTemplate() {
        guard.require(Action.KEEP_SELF_CHECKS);
        Enterprise e = own();
        List<OwnRiskPoint> own = points.findByEnterpriseIdOrderByIdAsc(e.getId());
        Set<Long> adopted = own.stream().map(OwnRiskPoint::getTemplateId).collect(Collectors.toSet());
        Set<String> names = own.stream().map(OwnRiskPoint::getName).collect(Collectors.toSet());
        int n = 0;
        Instant now = clock.instant();
        for (RiskTemplate t : templates.findByIndustryOrderBySortOrderAscIdAsc(e.getIndustry())) {
            if (!t.isActive() || adopted.contains(t.getId()) || names.contains(t.getName())) {
                continue;
            }
            OwnRiskPoint p = points.save(new OwnRiskPoint(e.getId(), e.getDistrictId(), t.getId(), t.getName(),
                    t.getControlMeasure(), t.getCheckFrequency(), CurrentUser.username(), now));
            audit.record(POINT, p.getId(), "CREATE", e.getDistrictId(), null, p.snapshot());
            n++;
        }
        return n;
    }

    /** An own risk point the enterprise adds itself. */
    @Transactional
    public OwnRiskPoint addPoint(String name, String controlMeasure, DutyPeriod frequency) {
        guard.require(Action.KEEP_SELF_CHECKS);
        Enterprise e = own();
        String n = required(name, "name", 200);
        if (points.existsByEnterpriseIdAndName(e.getId(), n)) {
            throw new BusinessRuleException("name", "portal.point.duplicate");
        }
        OwnRiskPoint p = points.save(new OwnRiskPoint(e.getId(), e.getDistrictId(), null, n,
                required(controlMeasure, "controlMeasure", 500), frequency == null ? DutyPeriod.DAILY : frequency,
                CurrentUser.username(), clock.instant()));
        audit.record(POINT, p.getId(), "CREATE", e.getDistrictId(), null, p.snapshot());
        return p;
    }

    /** A self-check of one of the enterprise's own risk points, today or on a past day. */
    @Transactional
    public SelfCheck record(SelfCheckDetails d) {
        guard.require(Action.KEEP_SELF_CHECKS);
        OwnRiskPoint p = points.findById(d.pointId()).orElseThrow(() -> new NotFoundException(POINT, d.pointId()));
        guard.checkEnterprise(p.getEnterpriseId(), p.getDistrictId(), POINT, p.getId());
        LocalDate on = d.checkedOn() == null ? today() : d.checkedOn();
        if (on.isAfter(today())) {
            throw new BusinessRuleException("checkedOn", "portal.selfCheck.future");
        }
        if (d.outcome() == null) {
            throw new BusinessRuleException("outcome", "portal.selfCheck.outcomeRequired");
        }
        String findings = d.findings() == null || d.findings().isBlank() ? null : d.findings().strip();
        if (d.outcome() == SelfCheck.Outcome.ISSUE && findings == null) {
            throw new BusinessRuleException("findings", "portal.selfCheck.findingsRequired");
        }
        if (findings != null && findings.length() > 1000) {
            throw new BusinessRuleException("findings", "portal.field.tooLong", 1000);
        }
        SelfCheck c = checks.save(new SelfCheck(p, on, d.outcome(), findings, CurrentUser.username(),
                clock.instant()));
        audit.record(CHECK, c.getId(), "CREATE", p.getDistrictId(), null, c.snapshot());
        return c;
    }

    /** The day's, week's or month's record of the two regulations; one per period. */
    @Transactional
    public DutyRecord recordDuty(DutyPeriod kind, LocalDate day, String summary, int issuesFound) {
        guard.require(Action.KEEP_SELF_CHECKS);
        Enterprise e = own();
        if (kind == null) {
            throw new BusinessRuleException("kind", "portal.duty.kindRequired");
        }
        LocalDate on = day == null ? today() : day;
        if (on.isAfter(today())) {
            throw new BusinessRuleException("day", "portal.selfCheck.future");
        }
        if (issuesFound < 0) {
            throw new BusinessRuleException("issuesFound", "portal.duty.issuesNegative");
        }
        LocalDate start = kind.start(on);
        if (duties.existsByEnterpriseIdAndKindAndPeriodStart(e.getId(), kind, start)) {
            throw new BusinessRuleException("summary", "portal.duty.already", start);
        }
        DutyRecord r = duties.save(new DutyRecord(e.getId(), e.getDistrictId(), kind, start,
                required(summary, "summary", 1000), issuesFound, CurrentUser.username(), clock.instant()));
        audit.record(DUTY, r.getId(), "CREATE", e.getDistrictId(), null, r.snapshot());
        return r;
    }

    /**
     * The enterprises on the enterprise side, in the user's district (every district for a city user),
     * that miss the record of a period that has ended: yesterday's (the last working day's) 日管控, last
     * week's 周排查 or last month's 月调度. Most behind first.
     */
    public List<BehindEnterprise> behind() {
        List<Long> ids = accounts.enterprisesOnThePortal();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<DutyPeriod, LocalDate>> latest = new HashMap<>();
        for (Object[] row : duties.findLatest(ids)) {
            latest.computeIfAbsent((Long) row[0], k -> new EnumMap<>(DutyPeriod.class))
                    .put((DutyPeriod) row[1], (LocalDate) row[2]);
        }
        LocalDate today = today();
        List<BehindEnterprise> behind = new ArrayList<>();
        for (Enterprise e : enterprises.allById(ids)) {
            if (!guard.covers(e.getDistrictId())) {
                continue;
            }
            Map<DutyPeriod, LocalDate> last = latest.getOrDefault(e.getId(), Map.of());
            List<DutyPeriod> missing = new ArrayList<>();
            for (DutyPeriod p : DutyPeriod.values()) {
                LocalDate l = last.get(p);
                if (l == null || l.isBefore(p.lastDueStart(today, calendar))) {
                    missing.add(p);
                }
            }
            if (!missing.isEmpty()) {
                behind.add(new BehindEnterprise(e.getId(), e.getName(), e.getDistrictId(), missing,
                        last.get(DutyPeriod.DAILY), last.get(DutyPeriod.WEEKLY), last.get(DutyPeriod.MONTHLY)));
            }
        }
        behind.sort(Comparator.comparing((BehindEnterprise b) -> -b.missing().size())
                .thenComparing(BehindEnterprise::enterpriseName));
        return behind;
    }

    private Enterprise own() {
        Long id = guard.ownEnterprise();
        if (id == null) {
            throw new org.springframework.security.access.AccessDeniedException("for enterprise users");
        }
        return enterprises.get(id);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(field, "portal.field.required");
        }
        if (value.strip().length() > max) {
            throw new BusinessRuleException(field, "portal.field.tooLong", max);
        }
        return value.strip();
    }

    /** A template line as an admin gives it. */
    public record TemplateDetails(Industry industry, String name, String controlMeasure, DutyPeriod checkFrequency) {
    }

    /** A self-check as the enterprise user gives it. */
    public record SelfCheckDetails(Long pointId, LocalDate checkedOn, SelfCheck.Outcome outcome, String findings) {
    }

    /** An enterprise behind with the two regulations' records: which kinds, and the last period of each. */
    public record BehindEnterprise(Long enterpriseId, String enterpriseName, Long districtId,
                                   List<DutyPeriod> missing, LocalDate lastDaily, LocalDate lastWeekly,
                                   LocalDate lastMonthly) {
    }
}

package org.zhijian.inspection.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.draw.domain.DrawPublished;
import org.zhijian.draw.domain.DrawService;
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
import org.zhijian.system.security.Role;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * Inspection tasks: made from a published draw (listening to {@link DrawPublished}), from the class
 * due list (a generate action per district and month), and for special inspections ordered from
 * above ({@link SpecialInspections}); assigned to at least two officers without a conflict of
 * interest (回避), started, cancelled with a reason; done when their record is submitted.
 */
@Service
@Transactional(readOnly = true)
public class InspectionTaskService implements SpecialInspections {

    public static final String ENTITY = "InspectionTask";
    private static final int DUE_LIST_LIMIT = 500;

    private final InspectionTaskRepository tasks;
    private final EnterpriseService enterprises;
    private final ClassificationService classification;
    private final DrawService draws;
    private final Roster roster;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final int drawTaskWorkingDays;

    InspectionTaskService(InspectionTaskRepository tasks, EnterpriseService enterprises,
                          ClassificationService classification, DrawService draws, Roster roster, AuditTrail audit,
                          AccessGuard guard, Clock clock, WorkingDayCalendar calendar,
                          @Value("${zhijian.inspection.draw-task-working-days:15}") int drawTaskWorkingDays) {
        this.tasks = tasks;
        this.enterprises = enterprises;
        this.classification = classification;
        this.draws = draws;
        this.roster = roster;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.calendar = calendar;
        this.drawTaskWorkingDays = drawTaskWorkingDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<InspectionTask> search(TaskQuery query, Pageable pageable) {
        return tasks.findAll(query.withDistrict(guard.narrow(query.districtId())).toSpecification(today()), pageable);
    }

    public InspectionTask get(Long id) {
        InspectionTask t = tasks.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkDistrict(t.getDistrictId(), ENTITY, id);
        return t;
    }

    /** The tasks a draw made, for the draw's page; the draw was loaded (and checked) by the caller. */
    public List<InspectionTask> ofDraw(Long drawId) {
        return guard.visible(tasks.findByDrawId(drawId), InspectionTask::getDistrictId);
    }

    /** The officers' names of a task, in the task's order. */
    @Unscoped("the names on a task the caller was allowed to load (get checks it)")
    public List<User> officersOf(InspectionTask t) {
        Map<Long, User> byId = roster.byIds(t.officers()).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return t.officers().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Who may be assigned to a task of this district: its inspectors and the city's. */
    public List<User> assignable(InspectionTask t) {
        return roster.samplersFor(get(t.getId()).getDistrictId());
    }

    /** A published draw's entries become tasks, with the drawn inspectors as officers (idempotent). */
    @EventListener
    @Transactional
    public void onDrawPublished(DrawPublished event) {
        List<InspectionSchedule.PlannedTask> planned = InspectionSchedule.fromDraw(event, calendar,
                drawTaskWorkingDays);
        create(planned, TaskSource.DRAW, event.drawId(), null, event.title());
    }

    /**
     * Tasks for every enterprise of the district whose class makes an inspection due by the end of
     * {@code period}; none twice for a period, none where a task is still open.
     *
     * @return the tasks made
     */
    @Transactional
    public List<InspectionTask> generateFromDueList(Long districtId, YearMonth period, String title) {
        guard.require(Action.MANAGE_INSPECTION_TASK);
        Long district = guard.narrow(districtId);
        LocalDate today = today();
        if (period == null || period.isBefore(YearMonth.from(today))) {
            throw new BusinessRuleException("period", "inspection.task.period.past");
        }
        int days = (int) ChronoUnit.DAYS.between(today, period.atEndOfMonth());
        List<EnterpriseClass> due = classification.dueForInspection(district, days,
                PageRequest.of(0, DUE_LIST_LIMIT)).getContent();
        List<InspectionSchedule.Due> rows = due.stream()
                .map(c -> new InspectionSchedule.Due(c.getEnterprise().getId(), c.getNextDueOn())).toList();
        Set<String> keys = rows.stream().map(r -> InspectionTask.dueListKey(period, r.enterpriseId()))
                .collect(Collectors.toSet());
        Set<String> existing = keys.isEmpty() ? Set.of() : new HashSet<>(tasks.findExistingKeys(keys));
        Set<Long> open = rows.isEmpty() ? Set.of() : new HashSet<>(tasks.findEnterprisesWithOpenTask(
                rows.stream().map(InspectionSchedule.Due::enterpriseId).toList()));
        List<InspectionSchedule.PlannedTask> planned = InspectionSchedule.fromDueList(period, rows, existing, open,
                today);
        return create(planned, TaskSource.DUE_LIST, null, null, title);
    }

    @Override
    @Transactional
    @Unscoped("called by the incident module, which has authorised its own action (see SpecialInspections)")
    public List<Long> dispatch(String reference, String title, Collection<Long> enterpriseIds, LocalDate dueOn) {
        if (reference == null || reference.isBlank() || dueOn == null) {
            throw new IllegalArgumentException("a special inspection needs a reference and a due date");
        }
        List<Long> ordered = enterpriseIds.stream().distinct().toList();
        List<InspectionSchedule.PlannedTask> planned = ordered.stream()
                .map(id -> new InspectionSchedule.PlannedTask(InspectionTask.specialKey(reference, id), id, List.of(),
                        dueOn))
                .toList();
        create(planned, TaskSource.SPECIAL, null, reference, title);
        Map<String, Long> byKey = tasks.findByReference(reference).stream()
                .collect(Collectors.toMap(InspectionTask::getSourceKey, InspectionTask::getId, (a, b) -> a));
        return enterpriseIds.stream().map(id -> byKey.get(InspectionTask.specialKey(reference, id))).toList();
    }

    @Override
    @Unscoped("called by the incident module for the special inspection it may see (see SpecialInspections)")
    public List<DistrictProgress> progress(String reference) {
        LocalDate today = today();
        Map<Long, int[]> byDistrict = new TreeMap<>();
        for (InspectionTask t : tasks.findByReference(reference)) {
            if (t.getStatus() == TaskStatus.CANCELLED) {
                continue;
            }
            int[] c = byDistrict.computeIfAbsent(t.getDistrictId(), d -> new int[3]);
            c[0]++;
            if (t.getStatus() == TaskStatus.DONE) {
                c[1]++;
            } else if (t.isOverdue(today)) {
                c[2]++;
            }
        }
        return byDistrict.entrySet().stream()
                .map(e -> new DistrictProgress(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Sets a task's officers: at least two inspectors of its district or the city, none with a conflict. */
    @Transactional
    public InspectionTask assign(Long id, long expectedVersion, List<Long> officerIds) {
        guard.require(Action.MANAGE_INSPECTION_TASK);
        InspectionTask t = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, t.getVersion(), t.snapshot());
        List<Long> chosen = officerIds == null ? List.of() : officerIds.stream().distinct().toList();
        checkOfficers(t.getEnterprise().getId(), t.getDistrictId(), chosen);
        Map<String, Object> before = t.snapshot();
        t.assign(chosen, CurrentUser.username(), clock.instant());
        tasks.flush();
        audit.record(ENTITY, id, "ASSIGN", t.getDistrictId(), before, t.snapshot());
        return t;
    }

    /** An officer of the task starts the inspection. */
    @Transactional
    public InspectionTask start(Long id, long expectedVersion) {
        guard.require(Action.RECORD_INSPECTION);
        InspectionTask t = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, t.getVersion(), t.snapshot());
        requireOfficer(t);
        Map<String, Object> before = t.snapshot();
        t.start(CurrentUser.username(), clock.instant());
        tasks.flush();
        audit.record(ENTITY, id, "START", t.getDistrictId(), before, t.snapshot());
        return t;
    }

    @Transactional
    public InspectionTask cancel(Long id, long expectedVersion, String reason) {
        guard.require(Action.MANAGE_INSPECTION_TASK);
        InspectionTask t = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, t.getVersion(), t.snapshot());
        Map<String, Object> before = t.snapshot();
        t.cancel(reason, CurrentUser.username(), clock.instant());
        tasks.flush();
        audit.record(ENTITY, id, "CANCEL", t.getDistrictId(), before, t.snapshot(), t.getCancelReason());
        return t;
    }

    /** Whether the current user is one of the task's officers (who alone record it). */
    public boolean isOfficer(InspectionTask t) {
        get(t.getId());
        return t.officers().contains(guard.userId());
    }

    /** Whether the current user may generate, assign and cancel tasks (to offer those forms). */
    public boolean mayManage() {
        return guard.may(Action.MANAGE_INSPECTION_TASK);
    }

    /** Marks the task done; called by the record service inside the submission. */
    void done(InspectionTask t) {
        Map<String, Object> before = t.snapshot();
        t.done(CurrentUser.username(), clock.instant());
        tasks.flush();
        audit.record(ENTITY, t.getId(), "DONE", t.getDistrictId(), before, t.snapshot());
    }

    void requireOfficer(InspectionTask t) {
        if (!t.officers().contains(guard.userId())) {
            throw new BusinessRuleException(null, "inspection.task.notOfficer");
        }
    }

    /** Tasks waiting for this user: assigned to them, or (for those who assign) waiting for officers. */
    @Unscoped("the to-do inbox asks with the user's own scope, outside any request (see TodoSource)")
    public List<InspectionTask> waitingFor(AccessScope user) {
        List<InspectionTask> list = new ArrayList<>();
        if (user.userId() != null && user.may(Action.RECORD_INSPECTION)) {
            list.addAll(tasks.findOpenOf(user.userId(), PageRequest.of(0, 50)));
        }
        if (user.may(Action.MANAGE_INSPECTION_TASK)) {
            list.addAll(tasks.findUnassigned(user.districtFilter(), PageRequest.of(0, 50)));
        }
        return list;
    }

    /** Per district: tasks by state and how many of them are overdue. */
    public Map<Long, Map<TaskStatus, long[]>> countsByDistrict(Long districtId) {
        Map<Long, Map<TaskStatus, long[]>> out = new TreeMap<>();
        for (Object[] row : tasks.countByDistrictAndStatus(guard.narrow(districtId), today())) {
            TaskStatus s = (TaskStatus) row[1];
            long overdue = s.isOpen() && row[3] != null ? ((Number) row[3]).longValue() : 0;
            out.computeIfAbsent((Long) row[0], d -> new LinkedHashMap<>())
                    .put(s, new long[] {((Number) row[2]).longValue(), overdue});
        }
        return out;
    }

    private void checkOfficers(Long enterpriseId, Long districtId, List<Long> officerIds) {
        if (officerIds.size() < InspectionTask.MIN_OFFICERS) {
            throw new BusinessRuleException("officerIds", "inspection.task.officers.tooFew",
                    InspectionTask.MIN_OFFICERS);
        }
        Map<Long, User> users = roster.byIds(officerIds).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        for (Long id : officerIds) {
            User u = users.get(id);
            if (!eligible(u, districtId)) {
                throw new BusinessRuleException("officerIds", "inspection.task.officers.notInspector");
            }
            if (draws.hasConflict(id, enterpriseId)) {
                throw new BusinessRuleException("officerIds", "inspection.task.officers.conflict",
                        u.getDisplayName());
            }
        }
    }

    private static boolean eligible(User u, Long districtId) {
        return u != null && u.isEnabled() && u.getRole() == Role.INSPECTOR
                && (u.getDistrictId() == null || u.getDistrictId().equals(districtId));
    }

    /**
     * Makes the planned tasks not made before (by key). Drawn officers become the task's officers
     * when at least two of them are eligible and free of conflicts; otherwise the task waits.
     */
    private List<InspectionTask> create(List<InspectionSchedule.PlannedTask> planned, TaskSource source, Long drawId,
                                        String reference, String title) {
        if (planned.isEmpty()) {
            return List.of();
        }
        Set<String> existing = new HashSet<>(tasks.findExistingKeys(
                planned.stream().map(InspectionSchedule.PlannedTask::key).toList()));
        Map<Long, Enterprise> byId = enterprises.allById(planned.stream()
                        .map(InspectionSchedule.PlannedTask::enterpriseId).toList()).stream()
                .collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        Map<Long, User> officers = roster.byIds(planned.stream().flatMap(p -> p.officers().stream())
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(User::getId, Function.identity()));
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        List<InspectionTask> made = new ArrayList<>();
        for (InspectionSchedule.PlannedTask p : planned) {
            Enterprise e = byId.get(p.enterpriseId());
            if (existing.contains(p.key()) || e == null) {
                continue;
            }
            existing.add(p.key());
            InspectionTask t = tasks.save(new InspectionTask(source, p.key(), drawId, reference,
                    title == null || title.isBlank() ? e.getName() : title, e, p.dueOn(), actor, now));
            List<Long> eligible = p.officers().stream()
                    .filter(id -> eligible(officers.get(id), e.getDistrictId()))
                    .filter(id -> !draws.hasConflict(id, e.getId())).toList();
            if (eligible.size() >= InspectionTask.MIN_OFFICERS) {
                t.assign(eligible, actor, now);
            }
            made.add(t);
        }
        tasks.flush();
        for (InspectionTask t : made) {
            audit.record(ENTITY, t.getId(), "CREATE", t.getDistrictId(), null, t.snapshot(), t.getSourceKey());
        }
        return made;
    }
}

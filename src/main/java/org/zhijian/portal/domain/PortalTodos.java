package org.zhijian.portal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.Role;
import org.zhijian.system.time.WorkingDayCalendar;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * The enterprise side's part of everyone's to-do inbox (我的待办). For an inspector: rectification
 * evidence of their district waiting for review (due five working days after it came). For whoever
 * records post-processing: a re-test request at once (spot-check's own items show it only once its
 * due day is within the look-ahead, and this item gives way to that one then). For an
 * enterprise user: the objection windows still open, hazards and ordered rectifications waiting for
 * evidence, rejected evidence to replace, and the two regulations' records not yet made this period.
 *
 * <p>The enterprise's batches and hazards are read through their modules' services, whose checks admit
 * the enterprise's own user (in their request) and the system (the daily digest, outside any request).
 */
@Component
class PortalTodos implements TodoSource {

    private static final int LIMIT = 50;
    private static final int REVIEW_WITHIN_WORKING_DAYS = 5;

    private final RectificationEvidenceRepository evidence;
    private final DutyRecordRepository duties;
    private final BatchService batches;
    private final HazardService hazards;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int lookaheadDays;

    PortalTodos(RectificationEvidenceRepository evidence, DutyRecordRepository duties, BatchService batches,
                HazardService hazards, WorkingDayCalendar calendar, Clock clock,
                @Value("${zhijian.todo.lookahead-days:7}") int lookaheadDays) {
        this.lookaheadDays = lookaheadDays;
        this.clock = clock;
        this.evidence = evidence;
        this.duties = duties;
        this.batches = batches;
        this.hazards = hazards;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (user.isEnterpriseUser()) {
            return user.enterpriseId() == null ? List.of() : forEnterprise(user.enterpriseId());
        }
        LocalDate today = batches.today();
        List<TodoItem> items = new ArrayList<>();
        if (user.may(Action.RECORD_POST_PROCESSING)) {
            for (SamplingBatch b : batches.retestsRequestedDueAfter(today.plusDays(lookaheadDays),
                    user.districtFilter(), LIMIT)) {
                items.add(new TodoItem("batch:" + b.getId() + ":retestRequested", "todo.portal.retestRequested",
                        b.getFormNumber() + " " + b.getEnterprise().getName(), "/spotchecks/batches/" + b.getId(),
                        b.getStepDueOn(), false));
            }
        }
        if (!user.has(Role.INSPECTOR)) {
            return items;
        }
        for (RectificationEvidence e : evidence.findPending(user.districtFilter(), Limit.of(LIMIT))) {
            LocalDate due = calendar.after(e.getSubmittedAt().atZone(clock.getZone()).toLocalDate(),
                    REVIEW_WITHIN_WORKING_DAYS);
            items.add(new TodoItem("evidence:" + e.getId() + ":review", "todo.portal.evidence.review",
                    e.getFileName(), "/evidence/" + e.getId(), due, due.isBefore(today)));
        }
        return items;
    }

    private List<TodoItem> forEnterprise(Long enterpriseId) {
        LocalDate today = batches.today();
        List<TodoItem> items = new ArrayList<>();
        for (SamplingBatch b : batches.ofEnterprise(enterpriseId)) {
            if (b.isObjectionWindowOpen(today)) {
                items.add(new TodoItem("batch:" + b.getId() + ":objection", "todo.portal.objectionWindow",
                        b.getFormNumber(), "/portal/batches#batch-" + b.getId(), b.getObjectionDeadline(), false));
            } else if (b.getStatus() == BatchStatus.RECTIFICATION_ORDERED) {
                LocalDate due = b.getRectificationDeadline();
                items.add(new TodoItem("batch:" + b.getId() + ":rectify", "todo.portal.batchRectification",
                        b.getFormNumber(), "/portal/batches#batch-" + b.getId(), due,
                        due != null && due.isBefore(today)));
            }
        }
        for (Hazard h : hazards.ofEnterprise(enterpriseId)) {
            if (h.getStatus() == HazardStatus.NOTIFIED) {
                items.add(new TodoItem("hazard:" + h.getId() + ":evidence", "todo.portal.hazardEvidence",
                        h.getNoticeNumber(), "/portal/hazards#hazard-" + h.getId(), h.getDeadline(),
                        h.isOverdueOn(today)));
            }
        }
        for (RectificationEvidence e : evidence.findRejectedLatest(enterpriseId, Limit.of(LIMIT))) {
            items.add(new TodoItem("evidence:" + e.getId() + ":resubmit", "todo.portal.evidenceRejected",
                    e.getFileName(), e.getSubjectType() == EvidenceSubject.HAZARD
                    ? "/portal/hazards#hazard-" + e.getSubjectId() : "/portal/batches#batch-" + e.getSubjectId(),
                    null, false));
        }
        for (DutyPeriod p : DutyPeriod.values()) {
            LocalDate start = p.start(today);
            if (!duties.existsByEnterpriseIdAndKindAndPeriodStart(enterpriseId, p, start)) {
                items.add(new TodoItem("duty:" + enterpriseId + ":" + p + ":" + start, "todo.portal.duty." + p,
                        start.toString(), "/portal/self-checks#duty-" + p, end(p, start), false));
            }
        }
        return items;
    }

    private static LocalDate end(DutyPeriod p, LocalDate start) {
        return switch (p) {
            case DAILY -> start;
            case WEEKLY -> start.plusDays(6);
            case MONTHLY -> start.plusMonths(1).minusDays(1);
        };
    }
}

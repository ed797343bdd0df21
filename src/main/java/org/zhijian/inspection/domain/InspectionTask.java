package org.zhijian.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ListIndexBase;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/** An inspection to be made at one enterprise by at least two officers (执法人员不少于两人) by a due date. */
@Entity
@Table(name = "inspection_task")
public class InspectionTask extends AuditedEntity {

    /** 执法人员不少于两人. */
    public static final int MIN_OFFICERS = 2;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskSource source;

    @Column(name = "source_key", nullable = false, length = 120)
    private String sourceKey;

    @Column(name = "draw_id")
    private Long drawId;

    @Column(length = 80)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status = TaskStatus.PENDING;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** Two or three user ids, read with the task on every list: eager, batch-fetched. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_task_officer", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position", nullable = false)
    @ListIndexBase(1)
    @Column(name = "user_id", nullable = false)
    private List<Long> officers = new ArrayList<>();

    protected InspectionTask() {
    }

    InspectionTask(TaskSource source, String sourceKey, Long drawId, String reference, String title,
                   Enterprise enterprise, LocalDate dueOn, String actor, Instant now) {
        this.source = source;
        this.sourceKey = sourceKey;
        this.drawId = drawId;
        this.reference = reference;
        this.title = title.strip();
        this.enterprise = enterprise;
        this.districtId = enterprise.getDistrictId();
        this.dueOn = dueOn;
        created(actor, now);
    }

    /** Identity of a task from a draw entry, a due-list period or a special inspection: one task per key. */
    public static String drawKey(Long drawId, Long enterpriseId) {
        return "draw:" + drawId + ":" + enterpriseId;
    }

    public static String dueListKey(java.time.YearMonth period, Long enterpriseId) {
        return "due:" + period + ":" + enterpriseId;
    }

    public static String specialKey(String reference, Long enterpriseId) {
        return "ref:" + reference + ":" + enterpriseId;
    }

    /** Whether the task is past its due date and not finished. */
    public boolean isOverdue(LocalDate today) {
        return InspectionSchedule.overdue(status, dueOn, today);
    }

    /** Sets the officers (at least two, distinct); conflicts of interest are checked by the service. */
    void assign(List<Long> officerIds, String actor, Instant now) {
        List<Long> distinct = officerIds == null ? List.of() : officerIds.stream().distinct().toList();
        if (distinct.size() < MIN_OFFICERS) {
            throw new BusinessRuleException("officerIds", "inspection.task.officers.tooFew", MIN_OFFICERS);
        }
        move(TaskStatus.ASSIGNED);
        officers.clear();
        officers.addAll(distinct);
        touched(actor, now);
    }

    void start(String actor, Instant now) {
        move(TaskStatus.IN_PROGRESS);
        touched(actor, now);
    }

    void done(String actor, Instant now) {
        move(TaskStatus.DONE);
        touched(actor, now);
    }

    void cancel(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "inspection.task.cancel.reasonRequired");
        }
        move(TaskStatus.CANCELLED);
        this.cancelReason = reason.strip();
        touched(actor, now);
    }

    void reschedule(LocalDate newDueOn) {
        this.dueOn = newDueOn;
    }

    private void move(TaskStatus to) {
        if (!status.next().contains(to)) {
            throw new BusinessRuleException(null, "inspection.task.transition", status.name(), to.name());
        }
        this.status = to;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", source.name());
        s.put("title", title);
        s.put("enterpriseId", enterprise.getId());
        s.put("dueOn", dueOn);
        s.put("status", status.name());
        s.put("officers", List.copyOf(officers));
        s.put("cancelReason", cancelReason);
        return s;
    }

    public List<Long> officers() {
        return List.copyOf(officers);
    }

    public TaskSource getSource() {
        return source;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Long getDrawId() {
        return drawId;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}

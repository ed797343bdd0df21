package org.zhijian.inspection.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * What an inspection found (检查记录): final once written. Its answers, result category and
 * acknowledgement never change; a correction is a new record pointing at this one. Only its
 * follow-ups (a hazard opened, a clue sent) and its publication are added later.
 */
@Entity
@Table(name = "inspection_record")
public class InspectionRecord extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private InspectionTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id", nullable = false)
    private Checklist checklist;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false, length = 300)
    private String place;

    /** The officers' names as they were on the day (the roster may change later). */
    @Column(nullable = false, length = 300)
    private String officers;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_category", nullable = false, length = 30)
    private ResultCategory resultCategory;

    @Column(length = 2000)
    private String summary;

    @Column(name = "representative_name", nullable = false, length = 60)
    private String representativeName;

    @Column(name = "representative_signed", nullable = false)
    private boolean representativeSigned;

    @Column(name = "corrects_id")
    private Long correctsId;

    @Column(name = "correction_reason", length = 500)
    private String correctionReason;

    /** For a random (draw) inspection: the last day to publish its result; null otherwise. */
    @Column(name = "publish_by")
    private LocalDate publishBy;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InspectionAnswer> answers = new ArrayList<>();

    /** The form's submission key: a repeated post finds this record instead of making another. */
    @Column(name = "submission_token", unique = true, length = 64)
    private String submissionToken;

    protected InspectionRecord() {
    }

    InspectionRecord(InspectionTask task, Checklist checklist, RecordDetails d, String officerNames,
                     LocalDate publishBy, String actor, Instant now) {
        if (d.representativeName() == null || d.representativeName().isBlank()) {
            throw new BusinessRuleException("representativeName", "inspection.record.representative.required");
        }
        if (d.resultCategory() == null) {
            throw new BusinessRuleException("resultCategory", "inspection.record.result.required");
        }
        if (d.place() == null || d.place().isBlank()) {
            throw new BusinessRuleException("place", "inspection.record.place.required");
        }
        List<ChecklistItem> items = checklist.getItems();
        if (d.answers() == null || d.answers().size() != items.size()) {
            throw new BusinessRuleException("answers", "inspection.answer.required");
        }
        this.task = task;
        this.enterprise = task.getEnterprise();
        this.districtId = task.getDistrictId();
        this.checklist = checklist;
        this.inspectedOn = d.inspectedOn();
        this.place = d.place().strip();
        this.officers = officerNames;
        this.resultCategory = d.resultCategory();
        this.summary = d.summary() == null || d.summary().isBlank() ? null : d.summary().strip();
        this.representativeName = d.representativeName().strip();
        this.representativeSigned = d.representativeSigned();
        this.publishBy = publishBy;
        for (int i = 0; i < items.size(); i++) {
            String note = d.notes() == null || d.notes().size() <= i ? null : d.notes().get(i);
            answers.add(new InspectionAnswer(this, i + 1, items.get(i), d.answers().get(i), note));
        }
        created(actor, now);
    }

    /** A correction of {@code original}: a new record, with the reason, pointing back at it. */
    void corrects(InspectionRecord original, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("correctionReason", "inspection.record.correction.reasonRequired");
        }
        this.correctsId = original.getId();
        this.correctionReason = reason.strip();
    }

    void submittedAs(String token) {
        this.submissionToken = token;
    }

    void publish(LocalDate on, String actor, Instant now) {
        if (publishBy == null) {
            throw new BusinessRuleException(null, "inspection.record.publish.notRandom");
        }
        if (publishedOn != null) {
            throw new BusinessRuleException(null, "inspection.record.publish.already");
        }
        this.publishedOn = on;
        touched(actor, now);
    }

    void followedUp(String actor, Instant now) {
        touched(actor, now);
    }

    /** Whether the result was published after its last day, or is unpublished and past it. */
    public boolean isPublicationLate(LocalDate today) {
        return InspectionSchedule.publicationLate(publishBy, publishedOn, today);
    }

    public boolean hasFindings() {
        return answers.stream().anyMatch(a -> a.getAnswer() == ItemAnswer.NOT_CONFORM);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("taskId", task.getId());
        s.put("enterpriseId", enterprise.getId());
        s.put("checklist", checklist.getCode() + " r" + checklist.getRevision());
        s.put("inspectedOn", inspectedOn);
        s.put("place", place);
        s.put("officers", officers);
        s.put("resultCategory", resultCategory.name());
        s.put("summary", summary);
        s.put("representative", representativeName + (representativeSigned ? " (signed)" : " (refused)"));
        s.put("answers", answers.stream().map(a -> a.getPosition() + ":" + a.getAnswer().name()).toList());
        s.put("correctsId", correctsId);
        s.put("correctionReason", correctionReason);
        s.put("publishedOn", publishedOn);
        return s;
    }

    public InspectionTask getTask() {
        return task;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getPlace() {
        return place;
    }

    public String getOfficers() {
        return officers;
    }

    public ResultCategory getResultCategory() {
        return resultCategory;
    }

    public String getSummary() {
        return summary;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public boolean isRepresentativeSigned() {
        return representativeSigned;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public LocalDate getPublishBy() {
        return publishBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<InspectionAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}

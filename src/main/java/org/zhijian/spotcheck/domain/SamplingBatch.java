package org.zhijian.spotcheck.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.TestItem;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * One sampled batch (批次): one sample of one product from one enterprise, its
 * item results, its derived verdict and its post-processing. Every change of
 * state goes through a method here that moves along {@link BatchTransition}'s
 * table and returns the dated step to record. Its fields come in groups mapped
 * as embeddables on the same table: the {@link Sample}, the first
 * {@link TestReport}, the {@link Objection} with its re-test, and the
 * {@link Rectification}; the getters here read through them.
 */
@Entity
@Table(name = "sampling_batch")
public class SamplingBatch extends AuditedEntity {

    public static final int MIN_SAMPLERS = 2;

    @Column(name = "form_number", nullable = false, unique = true, length = 40)
    private String formNumber;

    @Column(name = "submission_token", unique = true, length = 64)
    private String submissionToken;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private SpotCheckPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ProductCategory category;

    @Embedded
    private Sample sample;

    @Column(name = "sampling_date", nullable = false)
    private LocalDate samplingDate;

    @Column(name = "sampling_place", nullable = false, length = 200)
    private String samplingPlace;

    @Column(nullable = false, length = 200)
    private String agency;

    @Embedded
    private TestReport report;

    /** The effective verdict: the re-test's when there is one. */
    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private Judgement verdict;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private BatchStatus status = BatchStatus.SAMPLED;

    @Embedded
    private Objection objection;

    @Embedded
    private Rectification rectification;

    /** When the step the batch waits for is due; past it the batch is overdue. */
    @Column(name = "step_due_on")
    private LocalDate stepDueOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "batch_sampler", joinColumns = @JoinColumn(name = "batch_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> samplerIds = new TreeSet<>();

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round, id")
    private List<BatchResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "batch", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<BatchStep> steps = new ArrayList<>();

    protected SamplingBatch() {
    }

    public SamplingBatch(BatchDetails d, Enterprise enterprise, ProductCategory category, SpotCheckPlan plan,
                         PlanLevel level, String actor, Instant now) {
        requireSamplers(d.samplerIds() == null ? 0 : d.samplerIds().size());
        requireProducedBeforeSampling(d.productionDate(), d.samplingDate());
        if (plan != null && !plan.covers(category.getId())) {
            throw new BusinessRuleException("categoryId", "spotcheck.batch.categoryNotInPlan");
        }
        this.formNumber = d.formNumber().strip();
        this.submissionToken = d.submissionToken() == null || d.submissionToken().isBlank() ? null
                : d.submissionToken().strip();
        this.plan = plan;
        this.level = level;
        this.enterprise = enterprise;
        this.districtId = enterprise.getDistrictId();
        this.category = category;
        this.sample = new Sample(blankToNull(d.brand()), blankToNull(d.modelSpec()),
                blankToNull(d.productionBatchNo()), d.productionDate(), d.sampleQuantity(), d.backupQuantity(),
                d.quantityUnit().strip());
        this.samplingDate = d.samplingDate();
        this.samplingPlace = d.samplingPlace().strip();
        this.agency = d.agency().strip();
        this.samplerIds.addAll(d.samplerIds());
        created(actor, now);
        FirstResults.StepLine sampled = FirstResults.StepLine.sampled(samplingDate, agency);
        steps.add(new BatchStep(this, sampled.kind(), sampled.occurredOn(), sampled.dueOn(), sampled.agency(), null,
                actor, now));
    }

    /** At least two samplers sign a sampling form; the import checks its rows by this rule too. */
    public static void requireSamplers(int count) {
        if (count < MIN_SAMPLERS) {
            throw new BusinessRuleException("samplerIds", "spotcheck.batch.samplersTooFew", MIN_SAMPLERS);
        }
    }

    /** Nothing is sampled before it was produced; the import checks its rows by this rule too. */
    public static void requireProducedBeforeSampling(LocalDate productionDate, LocalDate samplingDate) {
        if (productionDate != null && productionDate.isAfter(samplingDate)) {
            throw new BusinessRuleException("productionDate", "spotcheck.batch.producedAfterSampling");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void moveTo(BatchStatus next) {
        this.status = BatchTransition.move(status, next);
    }

    /** The embedded groups Hibernate leaves null while their columns are empty, made on first write. */
    private Objection objection() {
        if (objection == null) {
            objection = new Objection();
        }
        return objection;
    }

    private Rectification rectification() {
        if (rectification == null) {
            rectification = new Rectification();
        }
        return rectification;
    }

    private void notBefore(LocalDate day, LocalDate earliest, String field) {
        if (day == null) {
            throw new BusinessRuleException(field, "spotcheck.step.dateRequired");
        }
        if (earliest != null && day.isBefore(earliest)) {
            throw new BusinessRuleException(field, "spotcheck.step.dateBeforePrevious", earliest);
        }
    }

    private BatchStep step(StepKind kind, LocalDate on, LocalDate due, String stepAgency, String note, String actor,
                           Instant now) {
        touched(actor, now);
        BatchStep s = new BatchStep(this, kind, on, due, stepAgency, blankToNull(note), actor, now);
        steps.add(s);
        return s;
    }

    /** Results are recorded with the day they were tested on (检验日期): without results, no date is needed. */
    static void requireTestDate(LocalDate testedOn, List<ItemMeasurement> measurements) {
        if (testedOn == null && measurements != null && !measurements.isEmpty()) {
            throw new BusinessRuleException("testedOn", "spotcheck.step.dateRequired");
        }
    }

    /** The agency's results: every test item of the category, judged; the verdict follows. */
    public BatchStep recordResults(List<TestItem> items, List<ItemMeasurement> measurements, LocalDate on,
                                   String report, Deadlines deadlines, String actor, Instant now) {
        notBefore(on, samplingDate, "testedOn");
        List<BatchResult> judged = judge(items, measurements, BatchResult.FIRST_TEST);
        FirstResults outcome = FirstResults.of(judged.stream().map(BatchResult::getJudgement).toList(), on,
                deadlines);
        moveTo(outcome.status());
        results.addAll(judged);
        this.report = new TestReport(blankToNull(report), on, outcome.verdict());
        this.verdict = outcome.verdict();
        this.stepDueOn = outcome.stepDueOn();
        FirstResults.StepLine line = outcome.step(agency);
        return step(line.kind(), line.occurredOn(), line.dueOn(), line.agency(), null, actor, now);
    }

    private List<BatchResult> judge(List<TestItem> items, List<ItemMeasurement> measurements, short round) {
        if (measurements.isEmpty()) {
            throw new BusinessRuleException("results", "spotcheck.result.none");
        }
        List<BatchResult> judged = new ArrayList<>();
        Set<Long> seen = new TreeSet<>();
        for (ItemMeasurement m : measurements) {
            TestItem item = items.stream().filter(i -> i.getId().equals(m.testItemId())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("results", "spotcheck.result.unknownItem"));
            if (!seen.add(item.getId())) {
                throw new BusinessRuleException("results", "spotcheck.result.duplicateItem", item.getName());
            }
            judged.add(new BatchResult(this, item, round, m));
        }
        return judged;
    }

    /** 告知: the enterprise is told of the failure; the objection window runs 15 days from this day. */
    public BatchStep notifyEnterprise(LocalDate on, Deadlines deadlines, String actor, Instant now) {
        notBefore(on, getTestedOn(), "occurredOn");
        moveTo(BatchStatus.NOTIFIED);
        objection().notifiedOn = on;
        objection().objectionDeadline = on.plusDays(Deadlines.OBJECTION_DAYS);
        this.stepDueOn = objection.objectionDeadline.plusDays(deadlines.orderWithinDays());
        return step(StepKind.NOTIFIED, on, objection.objectionDeadline, null, null, actor, now);
    }

    /** 复检申请: only within the objection window. */
    public BatchStep requestRetest(LocalDate on, String note, Deadlines deadlines, String actor, Instant now) {
        notBefore(on, getNotifiedOn(), "occurredOn");
        if (status == BatchStatus.NOTIFIED && on.isAfter(getObjectionDeadline())) {
            throw new BusinessRuleException("occurredOn", "spotcheck.retest.windowClosed", getObjectionDeadline());
        }
        moveTo(BatchStatus.RETEST_REQUESTED);
        objection().retestRequestedOn = on;
        this.stepDueOn = on.plusDays(deadlines.retestWithinDays());
        return step(StepKind.RETEST_REQUESTED, on, stepDueOn, null, note, actor, now);
    }

    /** 复检结果, from another agency; it replaces the verdict, and may overturn it. */
    public BatchStep recordRetest(List<TestItem> items, List<ItemMeasurement> measurements, LocalDate on,
                                  String retestBy, Deadlines deadlines, String actor, Instant now) {
        notBefore(on, getRetestRequestedOn(), "occurredOn");
        if (retestBy == null || retestBy.isBlank()) {
            throw new BusinessRuleException("agency", "spotcheck.retest.agencyRequired");
        }
        if (retestBy.strip().equals(agency)) {
            throw new BusinessRuleException("agency", "spotcheck.retest.sameAgency");
        }
        List<BatchResult> judged = judge(items, measurements, BatchResult.RETEST);
        Judgement overall = Judgement.overall(judged.stream().map(BatchResult::getJudgement).toList());
        moveTo(overall == Judgement.PASS ? BatchStatus.OVERTURNED : BatchStatus.RETEST_UPHELD);
        results.addAll(judged);
        objection().retestAgency = retestBy.strip();
        objection.retestOn = on;
        objection.retestVerdict = overall;
        this.verdict = overall;
        this.stepDueOn = overall == Judgement.FAIL ? on.plusDays(deadlines.orderWithinDays()) : null;
        return step(StepKind.RETEST_RESULT, on, stepDueOn, objection.retestAgency, null, actor, now);
    }

    /** 责令整改: after the objection window closed without a re-test, or after the re-test upheld the failure. */
    public BatchStep orderRectification(LocalDate on, LocalDate deadline, String note, String actor, Instant now) {
        if (status == BatchStatus.NOTIFIED && !on.isAfter(getObjectionDeadline())) {
            throw new BusinessRuleException("occurredOn", "spotcheck.rectification.windowOpen",
                    getObjectionDeadline());
        }
        notBefore(on, latestStepDay(), "occurredOn");
        if (deadline == null || !deadline.isAfter(on)) {
            throw new BusinessRuleException("dueOn", "spotcheck.rectification.deadlineAfterOrder");
        }
        moveTo(BatchStatus.RECTIFICATION_ORDERED);
        rectification().rectificationDeadline = deadline;
        this.stepDueOn = deadline;
        return step(StepKind.RECTIFICATION_ORDERED, on, deadline, null, note, actor, now);
    }

    /** 复查 of the rectification; an unsatisfactory one leads to a new order. */
    public BatchStep reinspect(LocalDate on, String note, Deadlines deadlines, String actor, Instant now) {
        notBefore(on, latestStepDay(), "occurredOn");
        moveTo(BatchStatus.REINSPECTED);
        rectification().reinspectedOn = on;
        rectification.reinspectionNote = blankToNull(note);
        this.stepDueOn = on.plusDays(deadlines.closeWithinDays());
        return step(StepKind.REINSPECTED, on, stepDueOn, null, note, actor, now);
    }

    /** 结案. */
    public BatchStep close(LocalDate on, String note, String actor, Instant now) {
        notBefore(on, getReinspectedOn(), "occurredOn");
        moveTo(BatchStatus.CLOSED);
        rectification().closedOn = on;
        this.stepDueOn = null;
        return step(StepKind.CLOSED, on, null, null, note, actor, now);
    }

    /** 公告: only a final verdict is ever published. */
    public BatchStep publish(LocalDate today, String actor, Instant now) {
        if (!isFinal(today)) {
            throw new BusinessRuleException(null, "spotcheck.publish.notFinal", formNumber);
        }
        if (publishedAt != null) {
            return null;
        }
        this.publishedAt = now;
        return step(StepKind.PUBLISHED, today, null, null, null, actor, now);
    }

    private LocalDate latestStepDay() {
        return steps.stream().map(BatchStep::getOccurredOn).max(LocalDate::compareTo).orElse(samplingDate);
    }

    public boolean isFinal(LocalDate today) {
        return FinalVerdict.isFinal(verdict, getObjectionDeadline(), getRetestRequestedOn(), getRetestVerdict(),
                today);
    }

    public boolean isOverdue(LocalDate today) {
        return stepDueOn != null && stepDueOn.isBefore(today);
    }

    public boolean isObjectionWindowOpen(LocalDate today) {
        return status == BatchStatus.NOTIFIED && !today.isAfter(getObjectionDeadline());
    }

    public List<BatchResult> resultsOf(short round) {
        return results.stream().filter(r -> r.getRound() == round).toList();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("formNumber", formNumber);
        s.put("planId", plan == null ? null : plan.getId());
        s.put("level", level.name());
        s.put("enterpriseId", enterprise.getId());
        s.put("categoryId", category.getId());
        s.put("brand", sample.brand);
        s.put("modelSpec", sample.modelSpec);
        s.put("productionBatchNo", sample.productionBatchNo);
        s.put("productionDate", Objects.toString(sample.productionDate, null));
        s.put("sampleQuantity", sample.sampleQuantity + " + " + sample.backupQuantity + " " + sample.quantityUnit);
        s.put("samplingDate", samplingDate.toString());
        s.put("samplingPlace", samplingPlace);
        s.put("agency", agency);
        s.put("samplerIds", new TreeSet<>(samplerIds).toString());
        s.put("status", status.name());
        s.put("verdict", verdict == null ? null : verdict.name());
        s.put("stepDueOn", Objects.toString(stepDueOn, null));
        s.put("published", publishedAt != null);
        return s;
    }

    public String getFormNumber() {
        return formNumber;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public SpotCheckPlan getPlan() {
        return plan;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public String getBrand() {
        return sample.brand;
    }

    public String getModelSpec() {
        return sample.modelSpec;
    }

    public String getProductionBatchNo() {
        return sample.productionBatchNo;
    }

    public LocalDate getProductionDate() {
        return sample.productionDate;
    }

    public int getSampleQuantity() {
        return sample.sampleQuantity;
    }

    public int getBackupQuantity() {
        return sample.backupQuantity;
    }

    public String getQuantityUnit() {
        return sample.quantityUnit;
    }

    public LocalDate getSamplingDate() {
        return samplingDate;
    }

    public String getSamplingPlace() {
        return samplingPlace;
    }

    public String getAgency() {
        return agency;
    }

    public String getReportNumber() {
        return report == null ? null : report.reportNumber;
    }

    public LocalDate getTestedOn() {
        return report == null ? null : report.testedOn;
    }

    public Judgement getInitialVerdict() {
        return report == null ? null : report.initialVerdict;
    }

    public Judgement getVerdict() {
        return verdict;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public LocalDate getNotifiedOn() {
        return objection == null ? null : objection.notifiedOn;
    }

    public LocalDate getObjectionDeadline() {
        return objection == null ? null : objection.objectionDeadline;
    }

    public LocalDate getRetestRequestedOn() {
        return objection == null ? null : objection.retestRequestedOn;
    }

    public String getRetestAgency() {
        return objection == null ? null : objection.retestAgency;
    }

    public LocalDate getRetestOn() {
        return objection == null ? null : objection.retestOn;
    }

    public Judgement getRetestVerdict() {
        return objection == null ? null : objection.retestVerdict;
    }

    public LocalDate getRectificationDeadline() {
        return rectification == null ? null : rectification.rectificationDeadline;
    }

    public LocalDate getReinspectedOn() {
        return rectification == null ? null : rectification.reinspectedOn;
    }

    public String getReinspectionNote() {
        return rectification == null ? null : rectification.reinspectionNote;
    }

    public LocalDate getClosedOn() {
        return rectification == null ? null : rectification.closedOn;
    }

    public LocalDate getStepDueOn() {
        return stepDueOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Set<Long> getSamplerIds() {
        return samplerIds;
    }

    public List<BatchResult> getResults() {
        return results;
    }

    public List<BatchStep> getSteps() {
        return steps;
    }

}

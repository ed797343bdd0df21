package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.account.domain.Roster;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.jpa.CappedCounts;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/**
 * Sampled batches: recording (idempotent by submission token), results,
 * post-processing and publication. Every read and write is scoped to the
 * district of the batch's enterprise here, whatever page or API calls it.
 */
@Service
@Transactional(readOnly = true)
public class BatchService {

    public static final String ENTITY = "SamplingBatch";
    public static final String ARCHIVE_CATEGORY = "SPOTCHECK";

    private final SamplingBatchRepository batches;
    private final SpotCheckPlanRepository plans;
    private final BatchPhotoRepository photos;
    private final CatalogueService catalogue;
    private final EnterpriseService enterprises;
    private final Roster roster;
    private final AuditTrail audit;
    private final Clock clock;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate submissions;
    private final AccessGuard guard;
    private final CappedCounts counts;

    BatchService(SamplingBatchRepository batches, SpotCheckPlanRepository plans, BatchPhotoRepository photos,
                 CatalogueService catalogue, EnterpriseService enterprises, Roster roster, AuditTrail audit,
                 Clock clock, ApplicationEventPublisher events,
                 PlatformTransactionManager transactions,
                 @Value("${zhijian.spotcheck.notify-within-days:10}") int notifyDays,
                 @Value("${zhijian.spotcheck.retest-within-days:30}") int retestDays,
                 @Value("${zhijian.spotcheck.order-within-days:10}") int orderDays,
                 @Value("${zhijian.spotcheck.close-within-days:10}") int closeDays, AccessGuard guard,
                 CappedCounts counts) {
        this.batches = batches;
        this.plans = plans;
        this.photos = photos;
        this.catalogue = catalogue;
        this.enterprises = enterprises;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.deadlines = new Deadlines(notifyDays, retestDays, orderDays, closeDays);
        this.submissions = new TransactionTemplate(transactions);
        this.submissions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.guard = guard;
        this.counts = counts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public Page<SamplingBatch> search(BatchQuery query, Pageable pageable) {
        BatchQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return batches.findAll(scoped.toSpecification(), pageable);
    }

    /** The list view of a search; entities never leave the transaction half-loaded. */
    public Page<BatchRow> searchRows(BatchQuery query, Pageable pageable) {
        LocalDate today = today();
        return search(query, pageable).map(b -> BatchRow.of(b, today));
    }

    /**
     * The list page of a search, its matches counted only up to {@code countCap} (beyond it the page says
     * "more than"): the page costs the same whether the scope holds a thousand batches or ten million.
     */
    public CappedPage<BatchRow> listRows(BatchQuery query, Pageable pageable, int countCap) {
        LocalDate today = today();
        return counts.page(batches, SamplingBatch.class,
                query.withDistrict(guard.narrow(query.districtId())).toSpecification(), pageable, countCap)
                .map(b -> BatchRow.of(b, today));
    }

    public List<BatchRow> rowsOfEnterprise(Long enterpriseId) {
        LocalDate today = today();
        return ofEnterprise(enterpriseId).stream().map(b -> BatchRow.of(b, today)).toList();
    }

    public SamplingBatch get(Long id) {
        SamplingBatch b = batches.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(b.getEnterprise().getId(), b.getDistrictId(), ENTITY, id);
        return b;
    }

    /**
     * For changes: concurrent ones wait here instead of both passing the version
     * check and colliding on the results' unique key (a 500); the later one then
     * fails the version check with a 409 and the current values.
     */
    private SamplingBatch getForUpdate(Long id) {
        SamplingBatch b = batches.findForUpdate(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(b.getEnterprise().getId(), b.getDistrictId(), ENTITY, id);
        return b;
    }

    /** A batch with its results, steps and samplers loaded, for pages and the API. */
    public SamplingBatch getWithDetails(Long id) {
        SamplingBatch b = get(id);
        b.getResults().forEach(r -> r.getTestItem().getName());
        b.getSteps().size();
        b.getSamplerIds().size();
        b.getCategory().getItems().size();
        b.getEnterprise().getName();
        if (b.getPlan() != null) {
            b.getPlan().getTitle();
        }
        return b;
    }

    public List<SamplingBatch> ofEnterprise(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return batches.findByEnterpriseIdOrderBySamplingDateDesc(enterpriseId);
    }

    /**
     * The batches waiting for a requested re-test (复检) whose due day lies beyond {@code after}, with
     * their enterprise, soonest due first: for the to-do inbox, which shows a re-test request as soon as
     * it comes (the post-processing items show a step only within their look-ahead).
     */
    @Unscoped("the to-do inbox: the caller passes the user's own district filter (null for city-wide)")
    public List<SamplingBatch> retestsRequestedDueAfter(LocalDate after, Long districtId, int max) {
        return batches.findStepsDue(java.util.EnumSet.of(BatchStatus.RETEST_REQUESTED), after.plusYears(10),
                districtId, org.springframework.data.domain.PageRequest.of(0, max)).stream()
                .filter(b -> b.getStepDueOn() != null && b.getStepDueOn().isAfter(after)).toList();
    }

    public Optional<SamplingBatch> bySubmissionToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<SamplingBatch> found = batches.findBySubmissionToken(token.strip());
        found.ifPresent(b -> guard.checkEnterprise(b.getEnterprise().getId(), b.getDistrictId(), ENTITY, b.getId()));
        return found;
    }

    /**
     * Records a sampling. A second submission with the same token (double click,
     * retry after a timeout) returns the batch the first one made.
     */
    @Transactional
    public SamplingBatch record(BatchDetails d) {
        guard.require(Action.RECORD_SAMPLING);
        return bySubmissionToken(d.submissionToken()).orElseGet(() -> recordNew(d));
    }

    private SamplingBatch recordNew(BatchDetails d) {
        guard.require(Action.RECORD_SAMPLING);
        Enterprise enterprise = enterprises.get(d.enterpriseId());
        if (!guard.covers(enterprise.getDistrictId())) {
            throw new BusinessRuleException("enterpriseId", "district.outOfScope");
        }
        if (d.formNumber() == null || d.formNumber().isBlank()) {
            throw new BusinessRuleException("formNumber", "spotcheck.batch.formNumberRequired");
        }
        if (batches.existsByFormNumber(d.formNumber().strip())) {
            throw new BusinessRuleException("formNumber", "spotcheck.batch.formNumberDuplicate", d.formNumber());
        }
        if (d.samplingDate() != null && d.samplingDate().isAfter(today())) {
            throw new BusinessRuleException("samplingDate", "spotcheck.step.dateInFuture");
        }
        ProductCategory category = catalogue.get(d.categoryId());
        if (!category.isActive()) {
            throw new BusinessRuleException("categoryId", "spotcheck.batch.categoryInactive");
        }
        SpotCheckPlan plan = d.planId() == null ? null
                : plans.findById(d.planId()).filter(p -> p.visibleTo(guard.scope())).orElseThrow(
                        () -> new BusinessRuleException("planId", "spotcheck.batch.planUnknown"));
        if (d.samplerIds() != null && !roster.areSamplersFor(d.samplerIds(), enterprise.getDistrictId())) {
            throw new BusinessRuleException("samplerIds", "spotcheck.batch.samplerNotInRoster");
        }
        SamplingBatch b = batches.save(new SamplingBatch(d, enterprise, category, plan,
                plan == null ? PlanLevel.CITY : plan.getLevel(), CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, b.getId(), "CREATE", b.getDistrictId(), null, b.snapshot());
        onTimeline(b, b.getSamplingDate(), "archive.spotcheck.sampled", b.getFormNumber(), category.getName());
        return b;
    }

    /** Records a sampling and, when the form already carries them, its results, in one transaction. */
    @Transactional
    public SamplingBatch record(BatchDetails d, LocalDate testedOn, String reportNumber,
                                List<ItemMeasurement> measurements) {
        guard.require(Action.RECORD_SAMPLING);
        return bySubmissionToken(d.submissionToken()).orElseGet(() -> {
            SamplingBatch.requireTestDate(testedOn, measurements);
            return recordNew(d, testedOn, reportNumber, measurements);
        });
    }

    private SamplingBatch recordNew(BatchDetails d, LocalDate testedOn, String reportNumber,
                                    List<ItemMeasurement> measurements) {
        SamplingBatch b = recordNew(d);
        if (!measurements.isEmpty() && b.getStatus() == BatchStatus.SAMPLED) {
            recordResults(b.getId(), b.getVersion(), testedOn, reportNumber, measurements);
        }
        return b;
    }

    /**
     * Submits a sampling form (page or API) exactly once per token, however many copies of it
     * race: the first to commit makes the batch, every other copy gets that batch,
     * before anything else about the copy is checked (by then its form number is taken).
     * A new form with results needs the day they were tested on.
     * A copy that loses the race fails on the form number check or on a unique
     * constraint inside its own transaction; only after that transaction is rolled
     * back can the winner's batch be read, so the token is looked up again in a new
     * one before the failure is explained (never as a duplicate form number unless
     * that is what the database said).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Submission submit(BatchDetails d, LocalDate testedOn, String reportNumber,
                             List<ItemMeasurement> measurements) {
        guard.require(Action.RECORD_SAMPLING);
        try {
            return submissions.execute(tx -> bySubmissionToken(d.submissionToken()).map(Submission::repeated)
                    .orElseGet(() -> {
                        SamplingBatch.requireTestDate(testedOn, measurements);
                        return Submission.made(recordNew(d, testedOn, reportNumber, measurements));
                    }));
        } catch (RuntimeException failure) {
            if (d.submissionToken() != null && !d.submissionToken().isBlank()) {
                Optional<SamplingBatch> winner = submissions.execute(tx -> bySubmissionToken(d.submissionToken()));
                if (winner.isPresent()) {
                    return Submission.repeated(winner.get());
                }
            }
            throw BatchSaveFailure.explain(failure, d.formNumber());
        }
    }

    @Transactional
    public SamplingBatch recordResults(Long id, long expectedVersion, LocalDate testedOn, String reportNumber,
                                       List<ItemMeasurement> measurements) {
        guard.require(Action.RECORD_SAMPLING);
        SamplingBatch b = getForUpdate(id);
        StaleEditException.check(ENTITY, id, expectedVersion, b.getVersion(), b.snapshot());
        SamplingBatch.requireTestDate(testedOn, measurements);
        notInFuture(testedOn, "testedOn");
        Map<String, Object> before = b.snapshot();
        b.recordResults(b.getCategory().getItems(), measurements, testedOn, reportNumber, deadlines,
                CurrentUser.username(), clock.instant());
        batches.flush();
        audit.record(ENTITY, id, "RESULTS", b.getDistrictId(), before, b.snapshot());
        onTimeline(b, testedOn, "archive.spotcheck.results", b.getFormNumber(), b.getCategory().getName(),
                "msg:" + b.getVerdict().messageCode());
        events.publishEvent(new BatchVerdictChanged(b.getEnterprise().getId()));
        return b;
    }

    /** Moves a failed batch one step along its post-processing. */
    @Transactional
    public SamplingBatch advance(Long id, long expectedVersion, StepCommand c) {
        guard.require(Action.RECORD_POST_PROCESSING);
        SamplingBatch b = getForUpdate(id);
        StaleEditException.check(ENTITY, id, expectedVersion, b.getVersion(), b.snapshot());
        if (c.action() == null) {
            throw new BusinessRuleException("action", "spotcheck.action.required");
        }
        notInFuture(c.occurredOn(), "occurredOn");
        Map<String, Object> before = b.snapshot();
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        BatchStep step = switch (c.action()) {
            case NOTIFY -> b.notifyEnterprise(c.occurredOn(), deadlines, actor, now);
            case REQUEST_RETEST -> b.requestRetest(c.occurredOn(), c.note(), deadlines, actor, now);
            case RECORD_RETEST -> b.recordRetest(b.getCategory().getItems(),
                    c.measurements() == null ? List.of() : c.measurements(), c.occurredOn(), c.agency(), deadlines,
                    actor, now);
            case ORDER_RECTIFICATION -> b.orderRectification(c.occurredOn(), c.dueOn(), c.note(), actor, now);
            case REINSPECT -> b.reinspect(c.occurredOn(), c.note(), deadlines, actor, now);
            case CLOSE -> b.close(c.occurredOn(), c.note(), actor, now);
        };
        batches.flush();
        audit.record(ENTITY, id, "TRANSITION", b.getDistrictId(), before, b.snapshot(),
                before.get("status") + " -> " + b.getStatus());
        onTimeline(b, step.getOccurredOn(), "archive.spotcheck.step", b.getFormNumber(),
                "msg:" + step.getStep().messageCode(), "msg:" + b.getStatus().messageCode(),
                step.getDueOn() == null ? "" : step.getDueOn());
        events.publishEvent(new BatchVerdictChanged(b.getEnterprise().getId()));
        if (becameFinalFailure(before.get("status"), b)) {
            events.publishEvent(new BatchFailedFinally(b.getId(), b.getEnterprise().getId(), b.getDistrictId(),
                    b.getFormNumber(), step.getOccurredOn()));
        }
        return b;
    }

    /**
     * The failure became final with this step: the re-test upheld it, or the rectification order was
     * recorded after the objection window closed without a re-test request (the order is refused while
     * the window is open, so it is the step that establishes "no objection in time").
     */
    private static boolean becameFinalFailure(Object previousStatus, SamplingBatch b) {
        return b.getStatus() == BatchStatus.RETEST_UPHELD
                || b.getStatus() == BatchStatus.RECTIFICATION_ORDERED
                        && BatchStatus.NOTIFIED.name().equals(String.valueOf(previousStatus));
    }

    /** Publishes (公告) every final, unpublished batch of a plan that the user may see. */
    @Transactional
    public int publishFinal(Long planId) {
        guard.require(Action.PUBLISH_RESULTS);
        PlanService.checkVisible(guard,
                plans.findById(planId).orElseThrow(() -> new NotFoundException(PlanService.ENTITY, planId)));
        BatchQuery query = new BatchQuery(null, null, planId, null, null, null, null, null, null, false, today());
        int n = 0;
        for (SamplingBatch b : batches.findAll(query.withDistrict(guard.districtFilter())
                .toSpecification())) {
            if (b.getPublishedAt() == null && b.isFinal(today())) {
                publish(b);
                n++;
            }
        }
        return n;
    }

    @Transactional
    public SamplingBatch publish(Long id) {
        guard.require(Action.PUBLISH_RESULTS);
        SamplingBatch b = get(id);
        publish(b);
        return b;
    }

    private void publish(SamplingBatch b) {
        Map<String, Object> before = b.snapshot();
        BatchStep step = b.publish(today(), CurrentUser.username(), clock.instant());
        if (step != null) {
            audit.record(ENTITY, b.getId(), "PUBLISH", b.getDistrictId(), before, b.snapshot());
            onTimeline(b, step.getOccurredOn(), "archive.spotcheck.published", b.getFormNumber(),
                    "msg:" + b.getVerdict().messageCode());
        }
    }

    @Transactional
    public PhotoInfo addPhoto(Long id, String fileName, String contentType, byte[] data) {
        guard.require(Action.RECORD_SAMPLING);
        SamplingBatch b = get(id);
        String type = BatchPhoto.check(contentType, data);
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        BatchPhoto p = photos.save(new BatchPhoto(id, name, type, data, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, id, "PHOTO", b.getDistrictId(), null, Map.of("photo", name, "bytes", data.length));
        return new PhotoInfo(p.getId(), p.getFileName(), p.getContentType(), p.getSizeBytes(), p.getUploadedAt(),
                p.getUploadedBy());
    }

    public List<PhotoInfo> photosOf(Long id) {
        get(id);
        return photos.findInfoByBatchId(id);
    }

    public BatchPhoto photo(Long id, Long photoId) {
        get(id);
        BatchPhoto p = photos.findById(photoId).filter(x -> x.getBatchId().equals(id))
                .orElseThrow(() -> new NotFoundException("BatchPhoto", photoId));
        p.getData();
        return p;
    }

    /**
     * The enterprise's own objection / re-test request (issue 13), made by its user on the enterprise
     * side: only while the 15-day window after notification is open, and it becomes the re-test request
     * the inspector then follows up (recording the re-test's results). Dated today.
     */
    @Transactional
    public SamplingBatch requestRetestAsEnterprise(Long id, String reason) {
        guard.require(Action.REQUEST_OBJECTION);
        SamplingBatch b = getForUpdate(id);
        if (!b.isObjectionWindowOpen(today())) {
            throw new BusinessRuleException("reason", b.getObjectionDeadline() == null
                    ? "spotcheck.retest.notNotified" : "spotcheck.retest.windowClosed", b.getObjectionDeadline());
        }
        Map<String, Object> before = b.snapshot();
        BatchStep step = b.requestRetest(today(), reason == null || reason.isBlank() ? null : reason.strip(),
                deadlines, CurrentUser.username(), clock.instant());
        batches.flush();
        audit.record(ENTITY, id, "TRANSITION", b.getDistrictId(), before, b.snapshot(),
                before.get("status") + " -> " + b.getStatus());
        onTimeline(b, step.getOccurredOn(), "archive.spotcheck.step", b.getFormNumber(),
                "msg:" + step.getStep().messageCode(), "msg:" + b.getStatus().messageCode(),
                step.getDueOn() == null ? "" : step.getDueOn());
        events.publishEvent(new BatchVerdictChanged(b.getEnterprise().getId()));
        return b;
    }

    private void notInFuture(LocalDate day, String field) {
        if (day != null && day.isAfter(today())) {
            throw new BusinessRuleException(field, "spotcheck.step.dateInFuture");
        }
    }

    private void onTimeline(SamplingBatch b, LocalDate day, String code, Object... args) {
        Instant at = day.equals(today()) ? clock.instant() : day.atTime(12, 0).atZone(clock.getZone()).toInstant();
        events.publishEvent(ArchiveEvent.of(b.getEnterprise().getId(), at, ARCHIVE_CATEGORY, code,
                "/spotchecks/batches/" + b.getId(), args));
    }
}

package org.zhijian.inspection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.spotcheck.domain.BatchPhoto;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * Inspection records (检查记录): written once at submission, with the task's officers, and final;
 * a correction is a new record. On submission the class's due date is reset, the enterprise's
 * archive gets a line and {@link InspectionSubmitted} is published. A non-conforming item opens a
 * hazard (by calling the hazard module) or a clue ({@link FindingRaised}, for enforcement).
 */
@Service
@Transactional(readOnly = true)
public class InspectionRecordService {

    public static final String ENTITY = "InspectionRecord";
    public static final String ARCHIVE_CATEGORY = "INSPECTION";
    private static final int MAX_TEXT = 1000;

    private final InspectionRecordRepository records;
    private final InspectionPhotoRepository photos;
    private final InspectionTaskService tasks;
    private final ChecklistService checklists;
    private final ClassificationService classification;
    private final HazardService hazards;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccessGuard guard;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final int hazardDeadlineDays;
    private final String hazardLegalBasis;

    InspectionRecordService(InspectionRecordRepository records, InspectionPhotoRepository photos,
                            InspectionTaskService tasks, ChecklistService checklists,
                            ClassificationService classification, HazardService hazards, AuditTrail audit,
                            ApplicationEventPublisher events, AccessGuard guard, Clock clock,
                            WorkingDayCalendar calendar,
                            @Value("${zhijian.risk.hazard.default-deadline-days:30}") int hazardDeadlineDays,
                            @Value("${zhijian.risk.hazard.default-legal-basis:}") String hazardLegalBasis) {
        this.records = records;
        this.photos = photos;
        this.tasks = tasks;
        this.checklists = checklists;
        this.classification = classification;
        this.hazards = hazards;
        this.audit = audit;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
        this.calendar = calendar;
        this.hazardDeadlineDays = hazardDeadlineDays;
        this.hazardLegalBasis = hazardLegalBasis;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<InspectionRecord> search(RecordQuery query, Pageable pageable) {
        return records.findAll(query.withDistrict(guard.narrow(query.districtId())).toSpecification(), pageable);
    }

    public InspectionRecord get(Long id) {
        InspectionRecord r = records.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(r.getEnterprise().getId(), r.getDistrictId(), ENTITY, id);
        return r;
    }

    /**
     * The submitted records of one enterprise, newest inspection first, for whoever may see that
     * enterprise (its district, or its own enterprise user on the enterprise side); 404 otherwise.
     */
    public List<InspectionRecord> ofEnterprise(Long enterpriseId) {
        List<InspectionRecord> found = records.findAll(new RecordQuery(null, enterpriseId, null, null)
                .toSpecification(), Sort.by(Sort.Direction.DESC, "inspectedOn", "id"));
        found.forEach(r -> guard.checkEnterprise(enterpriseId, r.getDistrictId(), ENTITY, r.getId()));
        return found;
    }

    public List<InspectionRecord> ofTask(Long taskId) {
        tasks.get(taskId);
        return records.findByTaskId(taskId);
    }

    public List<InspectionRecord> correctionsOf(Long id) {
        get(id);
        return records.findCorrectionsOf(id);
    }

    public List<PhotoView> photosOf(Long id) {
        get(id);
        return photos.findViews(id);
    }

    public InspectionPhoto photo(Long id, Long photoId) {
        get(id);
        return photos.findById(photoId).filter(p -> p.getRecordId().equals(id))
                .orElseThrow(() -> new NotFoundException("InspectionPhoto", photoId));
    }

    /** Random-inspection results not yet published, the oldest deadline first. */
    public List<InspectionRecord> unpublished(Long districtId) {
        return records.findUnpublished(guard.narrow(districtId), PageRequest.of(0, 200));
    }

    /** The public page (公示): published random-inspection results, newest first, corrections replacing originals. */
    @Unscoped("the public page of random-inspection results (公示): anyone may read them")
    public List<InspectionRecord> published(int limit) {
        return records.findPublished(PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    /** Per district: records by result category. */
    public List<Object[]> countsByDistrictAndResult(Long districtId) {
        return records.countByDistrictAndResult(guard.narrow(districtId));
    }

    /** The checklist an officer answers for a task: the current one for the enterprise's industry. */
    public Checklist checklistFor(InspectionTask task) {
        tasks.get(task.getId());
        return checklists.currentFor(task.getEnterprise().getIndustry())
                .orElseThrow(() -> new BusinessRuleException(null, "inspection.checklist.none"));
    }

    /**
     * The officers submit what they found; the record is final. Opens the follow-ups asked for the
     * non-conforming items, resets the class's due date, writes the archive line, publishes
     * {@link InspectionSubmitted}.
     */
    @Transactional
    public InspectionRecord submit(Long taskId, Long checklistId, RecordDetails details) {
        return submit(taskId, checklistId, details, List.of());
    }

    /** As {@link #submit(Long, Long, RecordDetails)}, with the photos taken: all saved, or none. */
    @Transactional
    public InspectionRecord submit(Long taskId, Long checklistId, RecordDetails details, List<PhotoUpload> photos) {
        guard.require(Action.RECORD_INSPECTION);
        for (PhotoUpload p : photos) {
            BatchPhoto.check(p.contentType(), p.data());
        }
        InspectionTask task = tasks.get(taskId);
        tasks.requireOfficer(task);
        if (!task.getStatus().isRecordable()) {
            throw new BusinessRuleException(null, "inspection.record.taskNotOpen");
        }
        InspectionRecord r = write(task, checklistId, details);
        tasks.done(task);
        for (PhotoUpload p : photos) {
            addPhoto(r.getId(), p.fileName(), p.contentType(), p.data());
        }
        afterWriting(r, details, "archive.inspection.submitted");
        return r;
    }

    /**
     * As {@link #submit(Long, Long, RecordDetails, List)}, under the form's submission key: the same form
     * sent again (an offline draft sent after an answer that never arrived) answers the record already
     * made by it, photos not added twice, instead of a second record or a "task done" refusal.
     */
    @Transactional
    public InspectionRecord submitOnce(String submissionToken, Long taskId, Long checklistId, RecordDetails details,
                                       List<PhotoUpload> photos) {
        guard.require(Action.RECORD_INSPECTION);
        if (submissionToken == null || submissionToken.isBlank()) {
            return submit(taskId, checklistId, details, photos);
        }
        String token = submissionToken.strip();
        Optional<InspectionRecord> existing = submitted(token);
        if (existing.isPresent()) {
            return existing.get();
        }
        InspectionRecord r = submit(taskId, checklistId, details, photos);
        r.submittedAs(token);
        records.flush();
        return r;
    }

    /** The record made by the form sent with this submission key, if any (in the reader's scope). */
    public Optional<InspectionRecord> submitted(String submissionToken) {
        guard.require(Action.RECORD_INSPECTION);
        if (submissionToken == null || submissionToken.isBlank()) {
            return Optional.empty();
        }
        return records.findBySubmissionToken(submissionToken.strip()).map(r -> get(r.getId()));
    }

    /** A correction: a new, final record of the same task, pointing at the original, with the reason. */
    @Transactional
    public InspectionRecord correct(Long originalId, String reason, Long checklistId, RecordDetails details) {
        guard.require(Action.RECORD_INSPECTION);
        InspectionRecord original = get(originalId);
        tasks.requireOfficer(original.getTask());
        InspectionRecord r = new InspectionRecord(original.getTask(), checklistFor(checklistId, original.getTask()),
                details, officerNames(original.getTask()), publishByFor(original.getTask(), details.inspectedOn()),
                CurrentUser.username(), clock.instant());
        checkDate(details.inspectedOn());
        r.corrects(original, reason);
        r = records.save(r);
        records.flush();
        audit.record(ENTITY, original.getId(), "CORRECTED", r.getDistrictId(), null, null,
                "-> " + r.getId() + ": " + r.getCorrectionReason());
        afterWriting(r, details, "archive.inspection.corrected");
        return r;
    }

    /** Opens a hazard (with its rectification notice) from a non-conforming item, linked to the item. */
    @Transactional
    public Hazard openHazard(Long recordId, Long answerId) {
        guard.require(Action.RECORD_HAZARD);
        InspectionRecord r = get(recordId);
        InspectionAnswer a = records.findAnswer(recordId, answerId)
                .orElseThrow(() -> new NotFoundException("InspectionAnswer", answerId));
        return openHazard(r, a);
    }

    /** Sends a non-conforming item to enforcement as a clue ({@link FindingRaised}); listed on the record. */
    @Transactional
    public InspectionAnswer sendClue(Long recordId, Long answerId) {
        guard.require(Action.RECORD_INSPECTION);
        InspectionRecord r = get(recordId);
        InspectionAnswer a = records.findAnswer(recordId, answerId)
                .orElseThrow(() -> new NotFoundException("InspectionAnswer", answerId));
        sendClue(r, a);
        return a;
    }

    /** Publishes a random inspection's result on the public page; late ones are flagged, not refused. */
    @Transactional
    public InspectionRecord publish(Long id, long expectedVersion) {
        guard.require(Action.PUBLISH_INSPECTION_RESULT);
        InspectionRecord r = get(id);
        org.zhijian.system.StaleEditException.check(ENTITY, id, expectedVersion, r.getVersion(), r.snapshot());
        Map<String, Object> before = r.snapshot();
        r.publish(today(), CurrentUser.username(), clock.instant());
        records.flush();
        audit.record(ENTITY, id, "PUBLISH", r.getDistrictId(), before, r.snapshot(),
                r.isPublicationLate(today()) ? "late" : null);
        return r;
    }

    /** A photo taken at the inspection: type and size checked as for sampling photos, its SHA-256 kept. */
    @Transactional
    public PhotoView addPhoto(Long id, String fileName, String contentType, byte[] data) {
        guard.require(Action.RECORD_INSPECTION);
        InspectionRecord r = get(id);
        String type = BatchPhoto.check(contentType, data);
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        InspectionPhoto p = photos.save(new InspectionPhoto(id, name, type, data, CurrentUser.username(),
                clock.instant()));
        audit.record(ENTITY, id, "PHOTO", r.getDistrictId(), null,
                Map.of("photo", name, "bytes", data.length, "sha256", p.getSha256()));
        return new PhotoView(p.getId(), p.getFileName(), p.getContentType(), p.getSizeBytes(), p.getSha256(),
                p.getUploadedAt(), p.getUploadedBy());
    }

    /** Whether the current user may open hazards from findings (to offer the button). */
    public boolean mayOpenHazard() {
        return guard.may(Action.RECORD_HAZARD);
    }

    public boolean mayPublish() {
        return guard.may(Action.PUBLISH_INSPECTION_RESULT);
    }

    /** The last day and late flag are the record's; this says whether an unpublished one is late today. */
    public boolean isLate(InspectionRecord r) {
        return r.isPublicationLate(today());
    }

    @Unscoped("the to-do inbox asks with the user's own scope, outside any request (see TodoSource)")
    public List<InspectionRecord> toPublishFor(AccessScope user) {
        if (!user.may(Action.PUBLISH_INSPECTION_RESULT)) {
            return List.of();
        }
        return records.findUnpublished(user.districtFilter(), PageRequest.of(0, 50));
    }

    private InspectionRecord write(InspectionTask task, Long checklistId, RecordDetails details) {
        checkDate(details.inspectedOn());
        InspectionRecord r = records.save(new InspectionRecord(task, checklistFor(checklistId, task), details,
                officerNames(task), publishByFor(task, details.inspectedOn()), CurrentUser.username(),
                clock.instant()));
        records.flush();
        audit.record(ENTITY, r.getId(), "CREATE", r.getDistrictId(), null, r.snapshot());
        return r;
    }

    private void afterWriting(InspectionRecord r, RecordDetails details, String archiveCode) {
        List<InspectionAnswer> answers = r.getAnswers();
        for (int i = 0; i < answers.size(); i++) {
            InspectionAnswer a = answers.get(i);
            if (a.getAnswer() != ItemAnswer.NOT_CONFORM) {
                continue;
            }
            switch (details.followUpAt(i)) {
                case HAZARD -> openHazard(r, a);
                case CLUE -> sendClue(r, a);
                case NONE -> { }
            }
        }
        Long enterpriseId = r.getEnterprise().getId();
        classification.of(enterpriseId).ifPresent(c ->
                classification.recordInspection(enterpriseId, c.getVersion(), r.getInspectedOn()));
        events.publishEvent(ArchiveEvent.of(enterpriseId, clock.instant(), ARCHIVE_CATEGORY, archiveCode,
                "/inspection/records/" + r.getId(), r.getInspectedOn(), "msg:" + r.getResultCategory().messageCode()));
        events.publishEvent(new InspectionSubmitted(r.getId(), r.getTask().getId(), enterpriseId, r.getDistrictId(),
                r.getResultCategory().name(), r.getInspectedOn()));
    }

    private Hazard openHazard(InspectionRecord r, InspectionAnswer a) {
        if (!a.isOpenFinding()) {
            throw new BusinessRuleException(null, "inspection.finding.notOpen");
        }
        LocalDate found = r.getInspectedOn();
        Hazard h = hazards.record(new HazardDetails(r.getEnterprise().getId(), null, null, HazardLevel.GENERAL,
                clip(a.getItemText() + (a.getNote() == null ? "" : ": " + a.getNote())), clip(a.getItemText()),
                hazardLegalBasis == null ? "" : hazardLegalBasis, found,
                found.plusDays(hazardDeadlineDays).isBefore(today()) ? today() : found.plusDays(hazardDeadlineDays),
                r.getRepresentativeName()));
        a.hazardOpened(h.getId());
        r.followedUp(CurrentUser.username(), clock.instant());
        records.flush();
        audit.record(ENTITY, r.getId(), "HAZARD", r.getDistrictId(), null,
                Map.of("item", a.getPosition(), "hazard", h.getNoticeNumber()));
        return h;
    }

    private void sendClue(InspectionRecord r, InspectionAnswer a) {
        guard.require(Action.RECORD_INSPECTION);
        a.clueSent(CurrentUser.username(), clock.instant());
        r.followedUp(CurrentUser.username(), clock.instant());
        records.flush();
        audit.record(ENTITY, r.getId(), "CLUE", r.getDistrictId(), null, Map.of("item", a.getPosition()));
        events.publishEvent(new FindingRaised(r.getId(), r.getEnterprise().getId(), r.getDistrictId(),
                a.getItemText(), a.getNote() == null ? "" : a.getNote(), CurrentUser.username(), today()));
    }

    private Checklist checklistFor(Long checklistId, InspectionTask task) {
        if (checklistId == null) {
            return checklistFor(task);
        }
        Checklist c = checklists.get(checklistId);
        if (c.getIndustry() != null && c.getIndustry() != task.getEnterprise().getIndustry()) {
            throw new BusinessRuleException("checklistId", "inspection.checklist.otherIndustry");
        }
        return c;
    }

    private String officerNames(InspectionTask task) {
        String names = String.join(", ", tasks.officersOf(task).stream()
                .map(org.zhijian.account.domain.User::getDisplayName).toList());
        return names.length() > 300 ? names.substring(0, 300) : names;
    }

    private LocalDate publishByFor(InspectionTask task, LocalDate inspectedOn) {
        return task.getSource() == TaskSource.DRAW && inspectedOn != null
                ? InspectionSchedule.publishBy(inspectedOn, calendar) : null;
    }

    private void checkDate(LocalDate on) {
        if (on == null || on.isAfter(today())) {
            throw new BusinessRuleException("inspectedOn", "inspection.record.inspectedOn.invalid");
        }
    }

    private static String clip(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}

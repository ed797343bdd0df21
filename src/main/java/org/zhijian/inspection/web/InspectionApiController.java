package org.zhijian.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionAnswer;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.PhotoView;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.RecordQuery;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.inspection.domain.TaskQuery;
import org.zhijian.inspection.domain.TaskSource;
import org.zhijian.inspection.domain.TaskStatus;
import org.zhijian.system.web.PageResponse;

/** Inspection tasks, checklists and records over HTTP, scoped by district like the pages. */
@RestController
@Tag(name = "Inspections", description = "检查: tasks from draws, the due list and special inspections; checklists; final records")
class InspectionApiController {

    private final InspectionTaskService tasks;
    private final InspectionRecordService records;
    private final ChecklistService checklists;

    InspectionApiController(InspectionTaskService tasks, InspectionRecordService records,
                            ChecklistService checklists) {
        this.tasks = tasks;
        this.records = records;
        this.checklists = checklists;
    }

    record TaskResponse(Long id, TaskSource source, Long drawId, String reference, String title, Long enterpriseId,
                        String enterpriseName, Long districtId, LocalDate dueOn, TaskStatus status, boolean overdue,
                        List<Long> officerIds, String cancelReason, long version) {

        static TaskResponse of(InspectionTask t, LocalDate today) {
            return new TaskResponse(t.getId(), t.getSource(), t.getDrawId(), t.getReference(), t.getTitle(),
                    t.getEnterprise().getId(), t.getEnterprise().getName(), t.getDistrictId(), t.getDueOn(),
                    t.getStatus(), t.isOverdue(today), t.officers(), t.getCancelReason(), t.getVersion());
        }
    }

    record AssignRequest(@NotEmpty List<Long> officerIds, Long version) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason, Long version) {
    }

    record GenerateRequest(Long districtId, @NotNull YearMonth period, @Size(max = 200) String title) {
    }

    record ChecklistItemResponse(int position, String text, boolean twoRegulations) {
    }

    record ChecklistResponse(Long id, String code, int revision, String name, String industry, boolean current,
                             List<ChecklistItemResponse> items) {

        static ChecklistResponse of(Checklist c) {
            List<ChecklistItemResponse> items = new java.util.ArrayList<>();
            for (int i = 0; i < c.getItems().size(); i++) {
                items.add(new ChecklistItemResponse(i + 1, c.getItems().get(i).getText(),
                        c.getItems().get(i).isTwoRegulations()));
            }
            return new ChecklistResponse(c.getId(), c.getCode(), c.getRevision(), c.getName(),
                    c.getIndustry() == null ? null : c.getIndustry().name(), c.isCurrentRevision(), items);
        }
    }

    record AnswerResponse(Long id, int position, String item, boolean twoRegulations, ItemAnswer answer, String note,
                          Long hazardId, Instant clueSentAt) {

        static AnswerResponse of(InspectionAnswer a) {
            return new AnswerResponse(a.getId(), a.getPosition(), a.getItemText(), a.isTwoRegulations(), a.getAnswer(),
                    a.getNote(), a.getHazardId(), a.getClueSentAt());
        }
    }

    record RecordSummary(Long id, Long taskId, Long enterpriseId, String enterpriseName, Long districtId,
                         LocalDate inspectedOn, ResultCategory resultCategory, Long correctsId, LocalDate publishBy,
                         LocalDate publishedOn) {

        static RecordSummary of(InspectionRecord r) {
            return new RecordSummary(r.getId(), null, r.getEnterprise().getId(), r.getEnterprise().getName(),
                    r.getDistrictId(), r.getInspectedOn(), r.getResultCategory(), r.getCorrectsId(), r.getPublishBy(),
                    r.getPublishedOn());
        }
    }

    record RecordResponse(Long id, Long taskId, Long enterpriseId, String enterpriseName, Long districtId,
                          Long checklistId, LocalDate inspectedOn, String place, String officers,
                          ResultCategory resultCategory, String summary, String representativeName,
                          boolean representativeSigned, Long correctsId, String correctionReason,
                          LocalDate publishBy, LocalDate publishedOn, boolean publicationLate,
                          List<AnswerResponse> answers, long version) {

        static RecordResponse of(InspectionRecord r, LocalDate today) {
            return new RecordResponse(r.getId(), r.getTask().getId(), r.getEnterprise().getId(),
                    r.getEnterprise().getName(), r.getDistrictId(), r.getChecklist().getId(), r.getInspectedOn(),
                    r.getPlace(), r.getOfficers(), r.getResultCategory(), r.getSummary(), r.getRepresentativeName(),
                    r.isRepresentativeSigned(), r.getCorrectsId(), r.getCorrectionReason(), r.getPublishBy(),
                    r.getPublishedOn(), r.isPublicationLate(today),
                    r.getAnswers().stream().map(AnswerResponse::of).toList(), r.getVersion());
        }
    }

    record AnswerRequest(@NotNull ItemAnswer answer, @Size(max = 1000) String note, RecordDetails.FollowUp followUp) {
    }

    record RecordRequest(@NotNull Long taskId, Long checklistId, @NotNull LocalDate inspectedOn,
                         @NotBlank @Size(max = 300) String place, @NotEmpty List<@Valid AnswerRequest> answers,
                         @NotNull ResultCategory resultCategory, @Size(max = 2000) String summary,
                         @NotBlank @Size(max = 60) String representativeName, @NotNull Boolean representativeSigned) {

        RecordDetails toDetails() {
            return new RecordDetails(inspectedOn, place, answers.stream().map(AnswerRequest::answer).toList(),
                    answers.stream().map(AnswerRequest::note).toList(), resultCategory, summary, representativeName,
                    representativeSigned, answers.stream().map(AnswerRequest::followUp).toList());
        }
    }

    record PublishRequest(Long version) {
    }

    @GetMapping("/api/v1/inspection-tasks")
    @Operation(summary = "Search inspection tasks; overdue=true lists only open tasks past their due date")
    PageResponse<TaskResponse> tasks(@RequestParam(required = false) Long districtId,
                                     @RequestParam(required = false) TaskStatus status,
                                     @RequestParam(required = false) TaskSource source,
                                     @RequestParam(defaultValue = "false") boolean overdue,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        LocalDate today = tasks.today();
        return PageResponse.of(tasks.search(new TaskQuery(districtId, status, source, null, overdue),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("dueOn", "id"))),
                t -> TaskResponse.of(t, today));
    }

    @GetMapping("/api/v1/inspection-tasks/{id}")
    TaskResponse task(@PathVariable Long id) {
        return TaskResponse.of(tasks.get(id), tasks.today());
    }

    @PostMapping("/api/v1/inspection-tasks/generate")
    @Operation(summary = "Tasks for the enterprises whose class makes an inspection due by the end of the period"
            + " (yyyy-MM); none twice for a period, none beside an open task")
    List<TaskResponse> generate(@Valid @RequestBody GenerateRequest request) {
        LocalDate today = tasks.today();
        return tasks.generateFromDueList(request.districtId(), request.period(), request.title()).stream()
                .map(t -> TaskResponse.of(t, today)).toList();
    }

    @PostMapping("/api/v1/inspection-tasks/{id}/assign")
    @Operation(summary = "Assign at least two officers (执法人员不少于两人); conflicts of interest are refused")
    TaskResponse assign(@PathVariable Long id, @Valid @RequestBody AssignRequest request) {
        return TaskResponse.of(tasks.assign(id, PageResponse.requireVersion(request.version()), request.officerIds()),
                tasks.today());
    }

    @PostMapping("/api/v1/inspection-tasks/{id}/cancel")
    @Operation(summary = "Cancel an open task, with the reason")
    TaskResponse cancel(@PathVariable Long id, @Valid @RequestBody CancelRequest request) {
        return TaskResponse.of(tasks.cancel(id, PageResponse.requireVersion(request.version()), request.reason()),
                tasks.today());
    }

    @GetMapping("/api/v1/checklists")
    @Operation(summary = "The current revision of every checklist (检查事项清单)")
    List<ChecklistResponse> checklists() {
        return checklists.current().stream().map(ChecklistResponse::of).toList();
    }

    @GetMapping("/api/v1/checklists/{id}")
    @Operation(summary = "One checklist revision, current or not (records keep the revision they used)")
    ChecklistResponse checklist(@PathVariable Long id) {
        return ChecklistResponse.of(checklists.get(id));
    }

    @GetMapping("/api/v1/inspection-records")
    @Operation(summary = "Search inspection records, newest first")
    PageResponse<RecordSummary> records(@RequestParam(required = false) Long districtId,
                                        @RequestParam(required = false) Long enterpriseId,
                                        @RequestParam(required = false) ResultCategory result,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(records.search(new RecordQuery(districtId, enterpriseId, result, null),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "inspectedOn", "id"))), RecordSummary::of);
    }

    @GetMapping("/api/v1/inspection-records/{id}")
    RecordResponse record(@PathVariable Long id) {
        return RecordResponse.of(records.get(id), records.today());
    }

    @PostMapping("/api/v1/inspection-records")
    @Operation(summary = "Submit a task's inspection record (final); one answer per checklist item in order;"
            + " a NOT_CONFORM answer may open a HAZARD or send a CLUE")
    ResponseEntity<RecordResponse> submit(@Valid @RequestBody RecordRequest request) {
        InspectionRecord r = records.submit(request.taskId(), request.checklistId(), request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/inspection-records/" + r.getId()))
                .body(RecordResponse.of(records.get(r.getId()), records.today()));
    }

    @PostMapping("/api/v1/inspection-records/{id}/answers/{answerId}/hazard")
    @Operation(summary = "Open a hazard (with its rectification notice) from a non-conforming item")
    RecordResponse openHazard(@PathVariable Long id, @PathVariable Long answerId) {
        records.openHazard(id, answerId);
        return RecordResponse.of(records.get(id), records.today());
    }

    @PostMapping("/api/v1/inspection-records/{id}/answers/{answerId}/clue")
    @Operation(summary = "Send a non-conforming item to enforcement as a clue")
    RecordResponse sendClue(@PathVariable Long id, @PathVariable Long answerId) {
        records.sendClue(id, answerId);
        return RecordResponse.of(records.get(id), records.today());
    }

    @GetMapping("/api/v1/inspection-records/{id}/photos")
    @Operation(summary = "The record's photos: name, type, size and SHA-256 (the bytes are on the record's page)")
    List<PhotoView> photos(@PathVariable Long id) {
        return records.photosOf(id);
    }

    @PostMapping(value = "/api/v1/inspection-records/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a photo (JPEG, PNG, WebP or HEIC, at most 10 MB) taken at the inspection")
    ResponseEntity<PhotoView> addPhoto(@PathVariable Long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        PhotoView p = records.addPhoto(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/inspection/records/" + id + "/photos/" + p.id())).body(p);
    }

    @PostMapping("/api/v1/inspection-records/{id}/publish")
    @Operation(summary = "Publish a random inspection's result (category only) on the public page")
    RecordResponse publish(@PathVariable Long id, @RequestBody PublishRequest request) {
        return RecordResponse.of(records.publish(id, PageResponse.requireVersion(request.version())), records.today());
    }
}

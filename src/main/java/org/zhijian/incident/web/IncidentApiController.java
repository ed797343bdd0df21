package org.zhijian.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentFigures;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentQuery;
import org.zhijian.incident.domain.IncidentReport;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.IncidentStatus;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.SpecialInspectionOrder;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "质量安全事故: level I-IV, the initial report deadline, follow-up and closing"
        + " reports, the special inspection of the emergency response and its progress per district; drills"
        + " (演练) never count in figures")
class IncidentApiController {

    private final IncidentService incidents;

    IncidentApiController(IncidentService incidents) {
        this.incidents = incidents;
    }

    record IncidentResponse(Long id, String title, IncidentLevel level, IncidentStatus status, Long districtId,
                            Long enterpriseId, String enterpriseName, String description, Instant occurredAt,
                            Instant reportDueAt, Instant initialReportedAt, boolean initialReportLate, boolean drill,
                            Long riskInformationId, String inspectionTitle, LocalDate inspectionDueOn,
                            List<Long> inspectionDistrictIds, Instant closedAt, long version) {

        static IncidentResponse of(QualityIncident i, Instant now) {
            return new IncidentResponse(i.getId(), i.getTitle(), i.getLevel(), i.getStatus(), i.getDistrictId(),
                    i.getEnterprise() == null ? null : i.getEnterprise().getId(),
                    i.getEnterprise() == null ? null : i.getEnterprise().getName(), i.getDescription(),
                    i.getOccurredAt(), i.getReportDueAt(), i.getInitialReportedAt(), i.isInitialReportLate(now),
                    i.isDrill(), i.getRiskInformationId(), i.getInspectionTitle(), i.getInspectionDueOn(),
                    i.inspectionDistricts(), i.getClosedAt(), i.getVersion());
        }
    }

    record IncidentRequest(@NotBlank @Size(max = 200) String title, @NotNull IncidentLevel level, Long enterpriseId,
                           Long districtId, @NotBlank @Size(max = 2000) String description,
                           @NotNull Instant occurredAt, Boolean drill) {
    }

    record ReportRequest(@NotNull IncidentReportKind kind, @NotBlank @Size(max = 4000) String content, Long version) {
    }

    record ReportResponse(IncidentReportKind kind, String content, Instant reportedAt, String reportedBy) {

        static ReportResponse of(IncidentReport r) {
            return new ReportResponse(r.getKind(), r.getContent(), r.getReportedAt(), r.getReportedBy());
        }
    }

    record DispatchRequest(@NotBlank @Size(max = 200) String title, @NotEmpty List<Long> districtIds,
                           Industry industry, @NotNull LocalDate dueOn, Long version) {
    }

    record ProgressResponse(List<DistrictProgress> districts, boolean finished) {
    }

    @GetMapping
    @Operation(summary = "Search incidents; drill=false leaves exercises out")
    PageResponse<IncidentResponse> search(@RequestParam(required = false) Long districtId,
                                          @RequestParam(required = false) IncidentStatus status,
                                          @RequestParam(required = false) IncidentLevel level,
                                          @RequestParam(required = false) Boolean drill,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
        Instant now = incidents.now();
        return PageResponse.of(incidents.search(new IncidentQuery(districtId, status, level, drill),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "occurredAt", "id"))), i -> IncidentResponse.of(i, now));
    }

    @GetMapping("/figures")
    @Operation(summary = "Incidents by level and state and risk information by source and action, per district;"
            + " drills never count")
    IncidentFigures figures(@RequestParam(required = false) Long districtId) {
        return incidents.figures(districtId);
    }

    @GetMapping("/{id}")
    IncidentResponse get(@PathVariable Long id) {
        return IncidentResponse.of(incidents.get(id), incidents.now());
    }

    @GetMapping("/{id}/reports")
    List<ReportResponse> reports(@PathVariable Long id) {
        return incidents.reportsOf(id).stream().map(ReportResponse::of).toList();
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Each district's progress of the special inspection: tasks, done, overdue")
    ProgressResponse progress(@PathVariable Long id) {
        List<DistrictProgress> p = incidents.progress(id);
        return new ProgressResponse(p, incidents.inspectionFinished(p));
    }

    @PostMapping
    @Operation(summary = "Open an incident; its initial report is due within 2 hours of occurredAt (configurable)")
    ResponseEntity<IncidentResponse> create(@Valid @RequestBody IncidentRequest r) {
        QualityIncident i = incidents.open(new IncidentDetails(r.title(), r.level(), r.enterpriseId(), r.districtId(),
                r.description(), r.occurredAt(), Boolean.TRUE.equals(r.drill()), null));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + i.getId()))
                .body(IncidentResponse.of(i, incidents.now()));
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "A report: INITIAL first, then FOLLOW_UP; CLOSING closes the incident once every task of"
            + " its special inspection is done")
    IncidentResponse report(@PathVariable Long id, @Valid @RequestBody ReportRequest r) {
        incidents.report(id, PageResponse.requireVersion(r.version()), r.kind(), r.content());
        return IncidentResponse.of(incidents.get(id), incidents.now());
    }

    @PostMapping("/{id}/special-inspection")
    @Operation(summary = "Dispatch the special inspection (专项检查): one task per active enterprise of the industry"
            + " (all when none is given) in each district, due on dueOn")
    IncidentResponse dispatch(@PathVariable Long id, @Valid @RequestBody DispatchRequest r) {
        return IncidentResponse.of(incidents.dispatch(id, PageResponse.requireVersion(r.version()),
                new SpecialInspectionOrder(r.title(), r.districtIds(), r.industry(), r.dueOn())), incidents.now());
    }
}

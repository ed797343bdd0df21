package org.zhijian.classification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.classification.domain.Classification;
import org.zhijian.classification.domain.ClassificationRules;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.classification.domain.EnterpriseIncident;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Classified supervision", description = "分类监管: classes with their factors, overrides, due list")
class ClassificationApiController {

    private final ClassificationService classification;

    ClassificationApiController(ClassificationService classification) {
        this.classification = classification;
    }

    record ClassResponse(Long enterpriseId, String enterpriseName, Long districtId, SupervisionClass effectiveClass,
                         SupervisionClass computedClass, int score, List<Classification.Factor> factors,
                         SupervisionClass overrideClass, String overrideReason, String overriddenBy,
                         Instant overriddenAt, LocalDate lastInspectedOn, LocalDate nextDueOn, Instant computedAt,
                         long version) {
    }

    record OverrideRequest(SupervisionClass supervisionClass, @Size(max = 500) String reason, Long version) {
    }

    record InspectionRequest(@NotNull LocalDate inspectedOn, Long version) {
    }

    record IncidentRequest(@NotNull IncidentKind kind, @NotNull LocalDate occurredOn,
                           @NotBlank @Size(max = 500) String summary) {
    }

    record IncidentResponse(Long id, IncidentKind kind, LocalDate occurredOn, String summary, String recordedBy,
                            Instant recordedAt) {

        static IncidentResponse of(EnterpriseIncident i) {
            return new IncidentResponse(i.getId(), i.getKind(), i.getOccurredOn(), i.getSummary(), i.getRecordedBy(),
                    i.getRecordedAt());
        }
    }

    private ClassResponse of(EnterpriseClass c) {
        return new ClassResponse(c.getEnterprise().getId(), c.getEnterprise().getName(),
                c.getEnterprise().getDistrictId(), c.effectiveClass(), c.getComputedClass(), c.getScore(),
                classification.factorsOf(c), c.getOverrideClass(), c.getOverrideReason(), c.getOverriddenBy(),
                c.getOverriddenAt(), c.getLastInspectedOn(), c.getNextDueOn(), c.getComputedAt(), c.getVersion());
    }

    @GetMapping
    PageResponse<ClassResponse> search(@RequestParam(required = false) Long districtId,
                                       @RequestParam(name = "class", required = false) SupervisionClass cls,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(classification.search(districtId, cls, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 200), Sort.by("nextDueOn", "id"))), this::of);
    }

    @GetMapping("/due")
    @Operation(summary = "Enterprises due for inspection within the given days (late ones included)")
    PageResponse<ClassResponse> due(@RequestParam(required = false) Long districtId,
                                    @RequestParam(defaultValue = "30") int days,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(classification.dueForInspection(districtId, Math.min(Math.max(days, 0), 730),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("nextDueOn", "id"))),
                this::of);
    }

    @GetMapping("/rules")
    @Operation(summary = "The weights and thresholds in force")
    ClassificationRules rules() {
        return classification.rules();
    }

    @GetMapping("/{enterpriseId}")
    ClassResponse get(@PathVariable Long enterpriseId) {
        return of(classification.get(enterpriseId));
    }

    @PutMapping("/{enterpriseId}/override")
    @Operation(summary = "Override the class with a reason (admins); a null class clears the override")
    ClassResponse override(@PathVariable Long enterpriseId, @Valid @RequestBody OverrideRequest r) {
        return of(classification.override(enterpriseId, PageResponse.requireVersion(r.version()), r.supervisionClass(),
                r.reason()));
    }

    @PostMapping("/{enterpriseId}/inspections")
    @Operation(summary = "Record an inspection; moves the next-due date")
    ClassResponse inspection(@PathVariable Long enterpriseId, @Valid @RequestBody InspectionRequest r) {
        return of(classification.recordInspection(enterpriseId, PageResponse.requireVersion(r.version()),
                r.inspectedOn()));
    }

    @GetMapping("/{enterpriseId}/incidents")
    List<IncidentResponse> incidents(@PathVariable Long enterpriseId) {
        return classification.incidentsOf(enterpriseId).stream().map(IncidentResponse::of).toList();
    }

    @PostMapping("/{enterpriseId}/incidents")
    @Operation(summary = "Record a complaint or violation; the class is recomputed")
    IncidentResponse recordIncident(@PathVariable Long enterpriseId, @Valid @RequestBody IncidentRequest r) {
        return IncidentResponse.of(classification.recordIncident(enterpriseId, r.kind(), r.occurredOn(), r.summary()));
    }
}

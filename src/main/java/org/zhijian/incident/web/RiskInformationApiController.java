package org.zhijian.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.zhijian.incident.domain.Assessment;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformation;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskInformationQuery;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskInformationStatus;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/risk-information")
@Tag(name = "Risk information", description = "风险信息: complaints, reports, media, notices, monitoring and early-warning"
        + " signals in one queue, assessed (研判) by a head and closed with an action")
class RiskInformationApiController {

    private final RiskInformationService information;

    RiskInformationApiController(RiskInformationService information) {
        this.information = information;
    }

    record RiskInformationResponse(Long id, RiskSource source, RiskInformationStatus status, Long districtId,
                                   Long enterpriseId, String enterpriseName, String summary, String informant,
                                   Instant receivedAt, LocalDate assessBy, boolean assessmentOverdue,
                                   RiskAction action, String reason, String actionReference, String assessedBy,
                                   LocalDate assessedOn, Long incidentId, long version) {

        static RiskInformationResponse of(RiskInformation r, LocalDate today) {
            return new RiskInformationResponse(r.getId(), r.getSource(), r.getStatus(), r.getDistrictId(),
                    r.getEnterprise() == null ? null : r.getEnterprise().getId(),
                    r.getEnterprise() == null ? null : r.getEnterprise().getName(), r.getSummary(), r.getInformant(),
                    r.getReceivedAt(), r.getAssessBy(), r.isAssessmentOverdueOn(today), r.getAction(), r.getReason(),
                    r.getActionReference(), r.getAssessedBy(), r.getAssessedOn(), r.getIncidentId(), r.getVersion());
        }
    }

    record RiskInformationRequest(@NotNull RiskSource source, Long enterpriseId, Long districtId,
                                  @NotBlank @Size(max = 1000) String summary, @Size(max = 200) String informant,
                                  Instant receivedAt) {

        RiskInformationDetails toDetails() {
            return new RiskInformationDetails(source, enterpriseId, districtId, summary, informant, receivedAt);
        }
    }

    record AssessmentRequest(@NotNull RiskAction action, @NotBlank @Size(max = 1000) String reason,
                             IncidentLevel incidentLevel, Instant occurredAt, Boolean drill, Long version) {
    }

    record StartRequest(Long version) {
    }

    @GetMapping
    @Operation(summary = "Search risk information; overdue=true lists only open items past their assessment window")
    PageResponse<RiskInformationResponse> search(@RequestParam(required = false) Long districtId,
                                                 @RequestParam(required = false) Long enterpriseId,
                                                 @RequestParam(required = false) RiskInformationStatus status,
                                                 @RequestParam(required = false) RiskSource source,
                                                 @RequestParam(required = false) RiskAction action,
                                                 @RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "20") int size) {
        LocalDate today = information.today();
        return PageResponse.of(information.search(new RiskInformationQuery(districtId, enterpriseId, status, source,
                        action, overdue), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "receivedAt", "id"))),
                r -> RiskInformationResponse.of(r, today));
    }

    @GetMapping("/{id}")
    RiskInformationResponse get(@PathVariable Long id) {
        return RiskInformationResponse.of(information.get(id), information.today());
    }

    @PostMapping
    @Operation(summary = "Receive a piece of risk information; a complaint against an enterprise also counts on its"
            + " classification's complaint factor")
    ResponseEntity<RiskInformationResponse> create(@Valid @RequestBody RiskInformationRequest request) {
        RiskInformation r = information.receive(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/risk-information/" + r.getId()))
                .body(RiskInformationResponse.of(r, information.today()));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "A head takes the item up for assessment (研判中)")
    RiskInformationResponse start(@PathVariable Long id, @RequestBody StartRequest request) {
        return RiskInformationResponse.of(information.startAssessment(id,
                PageResponse.requireVersion(request.version())), information.today());
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "Close the item with an action and the reason: NONE, INSPECTION_TASK (a task for the"
            + " enterprise), SPOT_CHECK (a request for the plans), CLUE (enforcement opens a clue), INCIDENT (opens"
            + " an incident of incidentLevel, IV by default)")
    RiskInformationResponse assess(@PathVariable Long id, @Valid @RequestBody AssessmentRequest request) {
        return RiskInformationResponse.of(information.assess(id, PageResponse.requireVersion(request.version()),
                new Assessment(request.action(), request.reason(), request.incidentLevel(), request.occurredAt(),
                        Boolean.TRUE.equals(request.drill()))), information.today());
    }
}

package org.zhijian.hazard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardQuery;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.hazard.domain.HazardStep;
import org.zhijian.hazard.domain.RectificationNotice;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hidden hazards", description = "隐患排查治理: notices, lifecycle steps, overdue flags")
class HazardApiController {

    private final HazardService hazards;
    private final RectificationNotice notice;

    HazardApiController(HazardService hazards, RectificationNotice notice) {
        this.hazards = hazards;
        this.notice = notice;
    }

    record HazardResponse(Long id, String noticeNumber, Long enterpriseId, String enterpriseName, Long districtId,
                          Long campaignId, Long riskPointId, HazardLevel level, String description, String requirement,
                          String legalBasis, LocalDate foundOn, LocalDate deadline, String responsiblePerson,
                          HazardStatus status, boolean overdue, Instant escalatedAt, List<HazardAction> nextActions,
                          long version) {

        static HazardResponse of(Hazard h, LocalDate today) {
            return new HazardResponse(h.getId(), h.getNoticeNumber(), h.getEnterprise().getId(),
                    h.getEnterprise().getName(), h.getEnterprise().getDistrictId(), h.getCampaignId(),
                    h.getRiskPointId(), h.getLevel(), h.getDescription(), h.getRequirement(), h.getLegalBasis(),
                    h.getFoundOn(), h.getDeadline(), h.getResponsiblePerson(), h.getStatus(), h.isOverdueOn(today),
                    h.getEscalatedAt(), HazardAction.availableFrom(h.getStatus()), h.getVersion());
        }
    }

    record HazardRequest(@NotNull Long enterpriseId, Long campaignId, Long riskPointId, @NotNull HazardLevel level,
                         @NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 1000) String requirement,
                         @NotBlank @Size(max = 300) String legalBasis, @NotNull LocalDate foundOn,
                         @NotNull LocalDate deadline, @NotBlank @Size(max = 60) String responsiblePerson) {

        HazardDetails toDetails() {
            return new HazardDetails(enterpriseId, campaignId, riskPointId, level, description, requirement,
                    legalBasis, foundOn, deadline, responsiblePerson);
        }
    }

    record ActionRequest(@NotNull HazardAction action, @Size(max = 1000) String note, Long version) {
    }

    record StepResponse(String action, HazardStatus fromStatus, HazardStatus toStatus, String note, String actor,
                        Instant occurredAt) {

        static StepResponse of(HazardStep s) {
            return new StepResponse(s.getAction(), s.getFromStatus(), s.getToStatus(), s.getNote(), s.getActor(),
                    s.getOccurredAt());
        }
    }

    @GetMapping
    @Operation(summary = "Search hazards; overdue=true lists only those past their deadline and unrectified,"
            + " open=true only those not closed (the dashboard's open hazards)")
    PageResponse<HazardResponse> search(@RequestParam(required = false) Long districtId,
                                        @RequestParam(required = false) Long enterpriseId,
                                        @RequestParam(required = false) HazardStatus status,
                                        @RequestParam(required = false) HazardLevel level,
                                        @RequestParam(required = false) Long campaignId,
                                        @RequestParam(defaultValue = "false") boolean overdue,
                                        @RequestParam(defaultValue = "false") boolean open,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        LocalDate today = hazards.today();
        return PageResponse.of(hazards.search(new HazardQuery(districtId, enterpriseId, status, level, campaignId,
                        overdue, open), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by("deadline", "id"))), h -> HazardResponse.of(h, today));
    }

    @GetMapping("/{id}")
    HazardResponse get(@PathVariable Long id) {
        return HazardResponse.of(hazards.get(id), hazards.today());
    }

    @GetMapping("/{id}/steps")
    List<StepResponse> steps(@PathVariable Long id) {
        return hazards.stepsOf(id).stream().map(StepResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record a hazard and issue its rectification notice")
    ResponseEntity<HazardResponse> create(@Valid @RequestBody HazardRequest request) {
        Hazard h = hazards.record(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + h.getId()))
                .body(HazardResponse.of(h, hazards.today()));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "One lifecycle step: RECTIFY (evidence), ACCEPT, REJECT (reason), CLOSE; none can be skipped")
    HazardResponse act(@PathVariable Long id, @Valid @RequestBody ActionRequest request) {
        return HazardResponse.of(hazards.perform(id, PageResponse.requireVersion(request.version()), request.action(),
                request.note()), hazards.today());
    }

    @GetMapping(value = "/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The rectification notice (隐患整改通知单) as a PDF")
    byte[] notice(@PathVariable Long id, Locale locale) {
        return notice.render(hazards.get(id), locale);
    }
}

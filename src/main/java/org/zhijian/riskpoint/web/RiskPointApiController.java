package org.zhijian.riskpoint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.GradingBands;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskAssessment;
import org.zhijian.riskpoint.domain.RiskBand;
import org.zhijian.riskpoint.domain.RiskBandService;
import org.zhijian.riskpoint.domain.RiskGrade;
import org.zhijian.riskpoint.domain.RiskMethod;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointQuery;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Risk points", description = "风险点 and their grading (风险分级), scoped through the enterprise's district")
class RiskPointApiController {

    private final RiskPointService points;
    private final RiskBandService bands;

    RiskPointApiController(RiskPointService points, RiskBandService bands) {
        this.points = points;
        this.bands = bands;
    }

    record RiskPointResponse(Long id, Long enterpriseId, String enterpriseName, Long districtId, Long campaignId,
                             PlaceKind placeKind, String placeName, String hazard, String controls,
                             String responsiblePerson, RiskMethod method, BigDecimal likelihood, BigDecimal exposure,
                             BigDecimal severity, BigDecimal score, RiskGrade grade, String colour, Instant assessedAt,
                             long version) {

        static RiskPointResponse of(RiskPoint p) {
            return new RiskPointResponse(p.getId(), p.getEnterprise().getId(), p.getEnterprise().getName(),
                    p.getEnterprise().getDistrictId(), p.getCampaignId(), p.getPlaceKind(), p.getPlaceName(),
                    p.getHazard(), p.getControls(), p.getResponsiblePerson(), p.getMethod(), p.getLikelihood(),
                    p.getExposure(), p.getSeverity(), p.getScore(), p.getGrade(), p.getGrade().colour(),
                    p.getAssessedAt(), p.getVersion());
        }
    }

    record RiskPointRequest(@NotNull Long enterpriseId, Long campaignId, @NotNull PlaceKind placeKind,
                            @NotBlank @Size(max = 100) String placeName, @NotBlank @Size(max = 1000) String hazard,
                            @NotBlank @Size(max = 1000) String controls,
                            @NotBlank @Size(max = 60) String responsiblePerson, @NotNull RiskMethod method,
                            @NotNull BigDecimal likelihood, BigDecimal exposure, @NotNull BigDecimal severity,
                            Long version) {

        RiskPointDetails toDetails() {
            return new RiskPointDetails(enterpriseId, campaignId, placeKind, placeName, hazard, controls,
                    responsiblePerson, new Assessment(method, likelihood, exposure, severity));
        }
    }

    record AssessmentResponse(RiskAssessment.Kind kind, RiskMethod method, BigDecimal likelihood, BigDecimal exposure,
                              BigDecimal severity, BigDecimal score, RiskGrade grade, Instant assessedAt,
                              String assessedBy) {

        static AssessmentResponse of(RiskAssessment a) {
            return new AssessmentResponse(a.getKind(), a.getMethod(), a.getLikelihood(), a.getExposure(),
                    a.getSeverity(), a.getScore(), a.getGrade(), a.getAssessedAt(), a.getAssessedBy());
        }
    }

    record BandResponse(RiskGrade grade, String colour, BigDecimal threshold, boolean inclusive) {

        static BandResponse of(RiskBand b) {
            return new BandResponse(b.getGrade(), b.getGrade().colour(), b.getThreshold(), b.isInclusive());
        }
    }

    record BandRequest(@NotNull RiskGrade grade, @NotNull BigDecimal threshold, boolean inclusive) {
    }

    record BandChangeResponse(int regraded, List<BandResponse> bands) {
    }

    @GetMapping("/risk-points")
    @Operation(summary = "Risk list: per district or enterprise, filterable by grade and campaign")
    PageResponse<RiskPointResponse> search(@RequestParam(required = false) Long districtId,
                                           @RequestParam(required = false) Long enterpriseId,
                                           @RequestParam(required = false) RiskGrade grade,
                                           @RequestParam(required = false) Long campaignId,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(points.search(new RiskPointQuery(districtId, enterpriseId, grade, campaignId),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Order.desc("score"), Sort.Order.asc("id")))), RiskPointResponse::of);
    }

    @GetMapping("/risk-points/{id}")
    RiskPointResponse get(@PathVariable Long id) {
        return RiskPointResponse.of(points.get(id));
    }

    @GetMapping("/risk-points/{id}/assessments")
    @Operation(summary = "Every assessment and regrading of the point, newest first")
    List<AssessmentResponse> assessments(@PathVariable Long id) {
        return points.assessmentsOf(id).stream().map(AssessmentResponse::of).toList();
    }

    @PostMapping("/risk-points")
    @Operation(summary = "Record a risk point; LS needs likelihood and severity, LEC also exposure (C in severity)")
    ResponseEntity<RiskPointResponse> create(@Valid @RequestBody RiskPointRequest request) {
        RiskPoint p = points.record(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/risk-points/" + p.getId())).body(RiskPointResponse.of(p));
    }

    @PutMapping("/risk-points/{id}")
    @Operation(summary = "Update a risk point; a changed assessment is graded again and kept in the history")
    RiskPointResponse update(@PathVariable Long id, @Valid @RequestBody RiskPointRequest request) {
        return RiskPointResponse.of(points.update(id, PageResponse.requireVersion(request.version()),
                request.toDetails()));
    }

    @GetMapping("/risk-bands/{method}")
    @Operation(summary = "The grading bands of a method, most severe first")
    List<BandResponse> bands(@PathVariable RiskMethod method) {
        return bands.rows(method).stream().map(BandResponse::of).toList();
    }

    @PutMapping("/risk-bands/{method}")
    @Operation(summary = "Change the bands (city admins); regrades the points of that method")
    BandChangeResponse changeBands(@PathVariable RiskMethod method, @Valid @RequestBody List<BandRequest> request) {
        int moved = bands.change(method, request.stream()
                .map(b -> new GradingBands.Threshold(b.grade(), b.threshold(), b.inclusive())).toList());
        return new BandChangeResponse(moved, bands(method));
    }
}

package org.zhijian.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.RectificationEvidence;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.EvidenceStatus;
import org.zhijian.portal.domain.EvidenceSubject;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.system.web.PageResponse;

/**
 * The bureau's side of the enterprise side, for its own systems: rectification evidence to review and
 * the review itself, and the enterprises behind with the two regulations' records. (Enterprise users
 * have no API: the internal API refuses them.)
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Enterprise side", description = "企业端: rectification evidence uploaded by enterprises, two regulations' records")
class EvidenceApiController {

    private final EvidenceService evidence;
    private final SelfCheckService selfChecks;

    EvidenceApiController(EvidenceService evidence, SelfCheckService selfChecks) {
        this.evidence = evidence;
        this.selfChecks = selfChecks;
    }

    record EvidenceResponse(Long id, EvidenceSubject subjectType, Long subjectId, Long enterpriseId, Long districtId,
                            String fileName, String contentType, int sizeBytes, String sha256, String note,
                            EvidenceStatus status, String reviewReason, String reviewedBy, Instant reviewedAt,
                            String submittedBy, Instant submittedAt, long version) {

        static EvidenceResponse of(RectificationEvidence e) {
            return new EvidenceResponse(e.getId(), e.getSubjectType(), e.getSubjectId(), e.getEnterpriseId(),
                    e.getDistrictId(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(),
                    e.getNote(), e.getStatus(), e.getReviewReason(), e.getReviewedBy(), e.getReviewedAt(),
                    e.getSubmittedBy(), e.getSubmittedAt(), e.getVersion());
        }
    }

    record ReviewRequest(@NotNull Boolean accepted, @Size(max = 500) String reason, Long version) {
    }

    record BehindResponse(Long enterpriseId, String enterpriseName, Long districtId, List<DutyPeriod> missing,
                          LocalDate lastDaily, LocalDate lastWeekly, LocalDate lastMonthly) {
    }

    @GetMapping("/evidence")
    @Operation(summary = "Rectification evidence waiting for review in the caller's district, oldest first")
    List<EvidenceResponse> pending() {
        return evidence.pending().stream().map(EvidenceResponse::of).toList();
    }

    @GetMapping("/evidence/{id}")
    EvidenceResponse get(@PathVariable Long id) {
        return EvidenceResponse.of(evidence.get(id));
    }

    @PostMapping("/evidence/{id}/review")
    @Operation(summary = "Accept or reject (with the reason) an enterprise's rectification evidence; accepting a"
            + " hazard's evidence records the enterprise's rectification")
    EvidenceResponse review(@PathVariable Long id, @Valid @RequestBody ReviewRequest request) {
        return EvidenceResponse.of(evidence.review(id, PageResponse.requireVersion(request.version()),
                request.accepted(), request.reason()));
    }

    @GetMapping("/two-regulations/behind")
    @Operation(summary = "Enterprises on the enterprise side, in the caller's district, missing the last working"
            + " day's daily control, last week's screening or last month's review (日管控、周排查、月调度)")
    List<BehindResponse> behind() {
        return selfChecks.behind().stream().map(b -> new BehindResponse(b.enterpriseId(), b.enterpriseName(),
                b.districtId(), b.missing(), b.lastDaily(), b.lastWeekly(), b.lastMonthly())).toList();
    }
}

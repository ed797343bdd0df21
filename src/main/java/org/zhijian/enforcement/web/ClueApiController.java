package org.zhijian.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
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
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueQuery;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.ClueSource;
import org.zhijian.enforcement.domain.ClueStatus;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/clues")
@Tag(name = "Enforcement clues", description = "案件线索: received from spot checks, hazards, inspections, complaints or transfers; verified within 15 working days; opened as a case or declined")
class ClueApiController {

    private final ClueService clues;

    ClueApiController(ClueService clues) {
        this.clues = clues;
    }

    record ClueResponse(Long id, String number, Long enterpriseId, String enterpriseName, Long districtId,
                        ClueSource source, Long sourceId, String sourceLabel, String summary, LocalDate receivedOn,
                        LocalDate verifyBy, boolean extended, ClueStatus status, boolean overdue,
                        String decisionReason, LocalDate decidedOn, Long caseId, long version) {

        static ClueResponse of(Clue c, LocalDate today) {
            return new ClueResponse(c.getId(), c.getLabel(), c.getEnterprise().getId(), c.getEnterprise().getName(),
                    c.getDistrictId(), c.getSource(), c.getSourceId(), c.getSourceLabel(), c.getSummary(),
                    c.getReceivedOn(), c.getVerifyBy(), c.isExtended(), c.getStatus(), c.isOverdueOn(today),
                    c.getDecisionReason(), c.getDecidedOn(), c.getCaseId(), c.getVersion());
        }
    }

    record TransferRequest(@NotNull Long enterpriseId, @Size(max = 100) String sourceLabel,
                           @NotBlank @Size(max = 1000) String summary, @NotNull LocalDate receivedOn) {
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason, Long version) {
    }

    record OpenRequest(@NotNull Set<Long> officerIds, PartyKind party, @NotBlank @Size(max = 1000) String violation,
                       @NotBlank @Size(max = 500) String legalBasis, @Size(max = 1000) String reason,
                       LocalDate openedOn, Long version) {
    }

    @GetMapping
    @Operation(summary = "Search clues; overdue=true lists only those undecided past their verification deadline")
    PageResponse<ClueResponse> search(@RequestParam(required = false) Long districtId,
                                      @RequestParam(required = false) Long enterpriseId,
                                      @RequestParam(required = false) ClueStatus status,
                                      @RequestParam(required = false) ClueSource source,
                                      @RequestParam(defaultValue = "false") boolean overdue,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        LocalDate today = clues.today();
        return PageResponse.of(clues.search(new ClueQuery(districtId, enterpriseId, status, source, overdue),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("verifyBy", "id"))),
                c -> ClueResponse.of(c, today));
    }

    @GetMapping("/{id}")
    ClueResponse get(@PathVariable Long id) {
        return ClueResponse.of(clues.get(id), clues.today());
    }

    @PostMapping
    @Operation(summary = "Record another department's transfer (移送) as a clue")
    ResponseEntity<ClueResponse> create(@Valid @RequestBody TransferRequest r) {
        Clue c = clues.recordTransfer(r.enterpriseId(), r.sourceLabel(), r.summary(), r.receivedOn());
        return ResponseEntity.created(URI.create("/api/v1/clues/" + c.getId())).body(ClueResponse.of(c, clues.today()));
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "The head extends the verification by 15 working days (once), with a reason")
    ClueResponse extend(@PathVariable Long id, @Valid @RequestBody ReasonRequest r) {
        return ClueResponse.of(clues.extend(id, PageResponse.requireVersion(r.version()), r.reason()), clues.today());
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "The head decides not to open a case (不予立案), with a reason")
    ClueResponse decline(@PathVariable Long id, @Valid @RequestBody ReasonRequest r) {
        return ClueResponse.of(clues.decline(id, PageResponse.requireVersion(r.version()), r.reason()), clues.today());
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "The head opens a case (立案) from the clue: at least two officers; the 90-day clock starts")
    ResponseEntity<CaseApiController.CaseResponse> open(@PathVariable Long id, @Valid @RequestBody OpenRequest r) {
        EnforcementCase k = clues.open(id, PageResponse.requireVersion(r.version()), new OpenCaseDetails(
                r.officerIds(), r.party(), r.violation(), r.legalBasis(), r.reason(), r.openedOn()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + k.getId()))
                .body(CaseApiController.CaseResponse.of(k, clues.today()));
    }
}

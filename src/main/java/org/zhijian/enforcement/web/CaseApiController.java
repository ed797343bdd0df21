package org.zhijian.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.zhijian.enforcement.domain.CaseAction;
import org.zhijian.enforcement.domain.CaseCommand;
import org.zhijian.enforcement.domain.CaseQuery;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.CaseStatus;
import org.zhijian.enforcement.domain.CaseStep;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.EvidenceInfo;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PauseKind;
import org.zhijian.enforcement.domain.PenaltyDocuments;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enforcement.domain.ProcedureKind;
import org.zhijian.enforcement.domain.SimpleCaseDetails;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Enforcement cases", description = "行政处罚案件: statutory steps with their deadlines, evidence with SHA-256, decisions with their document number")
class CaseApiController {

    private final CaseService cases;
    private final PenaltyDocuments documents;

    CaseApiController(CaseService cases, PenaltyDocuments documents) {
        this.cases = cases;
        this.documents = documents;
    }

    record CaseResponse(Long id, String caseNumber, Long clueId, Long enterpriseId, String enterpriseName,
                        Long districtId, ProcedureKind procedure, PartyKind party, String violation,
                        String legalBasis, CaseStatus status, LocalDate openedOn, LocalDate decisionDue,
                        int extensionDays, LocalDate dueOn, boolean overdue, boolean clockPaused,
                        Set<PenaltyKind> penaltyKinds, BigDecimal fine, String penaltyContent, boolean serious,
                        Long licenceId, LocalDate noticeOn, LocalDate hearingRequestBy, String documentNumber,
                        LocalDate decidedOn, LocalDate deliveredOn, LocalDate paymentDue, LocalDate paidOn,
                        BigDecimal paidAmount, BigDecimal surcharge, LocalDate transferredOn, LocalDate closedOn,
                        Set<Long> officerIds, List<CaseAction> nextActions, long version) {

        static CaseResponse of(EnforcementCase k, LocalDate today) {
            return new CaseResponse(k.getId(), k.getCaseNumber(), k.getClueId(), k.getEnterprise().getId(),
                    k.getEnterprise().getName(), k.getDistrictId(), k.getProcedure(), k.getParty(), k.getViolation(),
                    k.getLegalBasis(), k.getStatus(), k.getOpenedOn(), k.getDecisionDue(), k.getExtensionDays(),
                    k.getDueOn(), k.isOverdueOn(today), k.isClockPaused(), k.getKinds(), k.getFine(),
                    k.getPenaltyContent(), k.isSerious(), k.getLicenceId(), k.getNoticeOn(), k.getHearingRequestBy(),
                    k.getDocumentNumber(), k.getDecidedOn(), k.getDeliveredOn(), k.getPaymentDue(), k.getPaidOn(),
                    k.getPaidAmount(), k.getSurcharge(), k.getTransferredOn(), k.getClosedOn(), k.getOfficerIds(),
                    CaseAction.availableFrom(k.getStatus()), k.getVersion());
        }
    }

    record StepRequest(@NotNull CaseAction action, @NotNull LocalDate occurredOn, @Size(max = 2000) String note,
                       Set<PenaltyKind> penaltyKinds, BigDecimal fine, @Size(max = 1000) String penaltyContent,
                       Long licenceId, PauseKind pauseKind, BigDecimal paidAmount, Long version) {

        CaseCommand toCommand() {
            return new CaseCommand(action, occurredOn, note, penaltyKinds, fine, penaltyContent, licenceId, pauseKind,
                    paidAmount);
        }
    }

    record SimpleRequest(@NotNull Long enterpriseId, @NotNull Set<Long> officerIds, PartyKind party,
                         @NotBlank @Size(max = 1000) String violation, @NotBlank @Size(max = 500) String legalBasis,
                         @NotNull Set<PenaltyKind> penaltyKinds, BigDecimal fine,
                         @NotBlank @Size(max = 1000) String penaltyContent, LocalDate decidedOn) {
    }

    record StepResponse(String action, CaseStatus fromStatus, CaseStatus toStatus, LocalDate occurredOn, String note,
                        String actor, Instant occurredAt) {

        static StepResponse of(CaseStep s) {
            return new StepResponse(s.getAction(), s.getFromStatus(), s.getToStatus(), s.getOccurredOn(), s.getNote(),
                    s.getActor(), s.getOccurredAt());
        }
    }

    @GetMapping
    @Operation(summary = "Search cases; overdue=true lists only those past a statutory deadline (decision, delivery, payment)")
    PageResponse<CaseResponse> search(@RequestParam(required = false) Long districtId,
                                      @RequestParam(required = false) Long enterpriseId,
                                      @RequestParam(required = false) CaseStatus status,
                                      @RequestParam(defaultValue = "false") boolean overdue,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        LocalDate today = cases.today();
        return PageResponse.of(cases.search(new CaseQuery(districtId, enterpriseId, status, overdue),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "openedOn", "id"))), k -> CaseResponse.of(k, today));
    }

    @GetMapping("/{id}")
    CaseResponse get(@PathVariable Long id) {
        return CaseResponse.of(cases.get(id), cases.today());
    }

    @GetMapping("/{id}/steps")
    List<StepResponse> steps(@PathVariable Long id) {
        return cases.stepsOf(id).stream().map(StepResponse::of).toList();
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "One statutory step: ISSUE_NOTICE, RECORD_STATEMENT, REQUEST_HEARING, HOLD_HEARING, PAUSE_CLOCK,"
            + " RESUME_CLOCK, EXTEND, DECIDE, DELIVER, EXECUTE, TRANSFER, CLOSE, CLOSE_WITHOUT_PENALTY; none can be skipped")
    CaseResponse step(@PathVariable Long id, @Valid @RequestBody StepRequest r) {
        return CaseResponse.of(cases.perform(id, PageResponse.requireVersion(r.version()), r.toCommand()),
                cases.today());
    }

    @PostMapping("/simple")
    @Operation(summary = "A penalty on the spot (简易程序): a warning or a small fine, opened, decided and delivered at once")
    ResponseEntity<CaseResponse> simple(@Valid @RequestBody SimpleRequest r) {
        EnforcementCase k = cases.decideOnTheSpot(new SimpleCaseDetails(r.enterpriseId(), r.officerIds(), r.party(),
                r.violation(), r.legalBasis(), r.penaltyKinds(), r.fine(), r.penaltyContent(), r.decidedOn()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + k.getId())).body(CaseResponse.of(k, cases.today()));
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The evidence kept on a case, with each file's SHA-256")
    List<EvidenceInfo> evidence(@PathVariable Long id) {
        return cases.evidenceOf(id);
    }

    @GetMapping(value = "/{id}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The penalty decision (行政处罚决定书) as a PDF")
    byte[] decision(@PathVariable Long id, Locale locale) {
        return documents.decision(cases.get(id), locale);
    }
}

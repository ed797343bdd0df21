package org.zhijian.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
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
import org.zhijian.credit.domain.CreditEntry;
import org.zhijian.credit.domain.CreditEntryKind;
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.Listing;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingFilter;
import org.zhijian.credit.domain.ListingInput;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.credit.domain.ListingStatus;
import org.zhijian.credit.domain.ListingTerms;
import org.zhijian.credit.domain.PenaltyNotice;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "Quality credit", description = "质量信用: credit records, the serious illegal and dishonest list (严重违法失信名单), penalty notices")
class CreditApiController {

    private final CreditService credit;
    private final ListingService listings;

    CreditApiController(CreditService credit, ListingService listings) {
        this.credit = credit;
        this.listings = listings;
    }

    record CreditEntryResponse(Long id, CreditEntryKind kind, LocalDate occurredOn, String reference, String summary,
                         String sourceType, Long sourceId) {

        static CreditEntryResponse of(CreditEntry e) {
            return new CreditEntryResponse(e.getId(), e.getKind(), e.getOccurredOn(), e.getReference(), e.getSummary(),
                    e.getSourceType(), e.getSourceId());
        }
    }

    record PenaltyNoticeResponse(Long id, Long caseId, String documentNumber, List<PenaltyKind> kinds, BigDecimal fine,
                           boolean serious, LocalDate decidedOn, String violation, String legalBasis,
                           String penaltyContent, LocalDate publishBy, LocalDate publishedOn, LocalDate publicUntil,
                           boolean late) {

        static PenaltyNoticeResponse of(PenaltyNotice p) {
            return new PenaltyNoticeResponse(p.getId(), p.getCaseId(), p.getDocumentNumber(), p.getKindList(), p.getFine(),
                    p.isSerious(), p.getDecidedOn(), p.getViolation(), p.getLegalBasis(), p.getPenaltyContent(),
                    p.getPublishBy(), p.getPublishedOn(), p.getPublicUntil(), p.isLate());
        }
    }

    record ListingResponse(Long id, Long enterpriseId, String enterpriseName, Long districtId, ListingStatus status,
                           Long sourceCaseId, String reason, LocalDate proposedOn, String noticeNumber,
                           LocalDate notifiedOn, LocalDate statementBy, String statement, LocalDate decidedOn,
                           String decisionNumber, String decisionNote, LocalDate listedUntil, LocalDate removalFrom,
                           LocalDate removalAppliedOn, String removalStatement, LocalDate removalReviewedOn,
                           String removalReviewNote, LocalDate endedOn, LocalDate dueOn, boolean overdue,
                           List<ListingAction> nextActions, long version) {

        static ListingResponse of(Listing l, ListingTerms terms, LocalDate today) {
            return new ListingResponse(l.getId(), l.getEnterprise().getId(), l.getEnterprise().getName(),
                    l.getDistrictId(), l.getStatus(), l.getSourceCaseId(), l.getReason(), l.getProposedOn(),
                    l.getNoticeNumber(), l.getNotifiedOn(), l.getStatementBy(), l.getStatement(), l.getDecidedOn(),
                    l.getDecisionNumber(), l.getDecisionNote(), l.getListedUntil(), l.getRemovalFrom(),
                    l.getRemovalAppliedOn(), l.getRemovalStatement(), l.getRemovalReviewedOn(),
                    l.getRemovalReviewNote(), l.getEndedOn(), terms.dueOn(l), terms.overdue(l, today),
                    ListingAction.availableFrom(l.getStatus()), l.getVersion());
        }
    }

    record CreditRecordResponse(Long enterpriseId, List<CreditEntryResponse> entries, List<PenaltyNoticeResponse> penalties,
                          List<ListingResponse> listings) {
    }

    record ListingProposalRequest(@NotNull Long enterpriseId, @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code corrected} and {@code paid}: for APPLY_REMOVAL, may be left out otherwise. */
    record ListingActionRequest(@NotNull ListingAction action, @Size(max = 1000) String note, Boolean corrected,
                                Boolean paid, Long version) {

        ListingInput toInput() {
            return new ListingInput(note, Boolean.TRUE.equals(corrected), Boolean.TRUE.equals(paid));
        }
    }

    @GetMapping("/enterprises/{enterpriseId}")
    @Operation(summary = "An enterprise's credit record: its lines (penalties, failed final spot checks, rectifications,"
            + " listings, repairs), penalty notices and listings, newest first")
    CreditRecordResponse record(@PathVariable Long enterpriseId) {
        LocalDate today = listings.today();
        return new CreditRecordResponse(enterpriseId,
                credit.recordOf(enterpriseId).stream().map(CreditEntryResponse::of).toList(),
                credit.noticesOf(enterpriseId).stream().map(PenaltyNoticeResponse::of).toList(),
                listings.ofEnterprise(enterpriseId).stream()
                        .map(l -> ListingResponse.of(l, listings.terms(), today)).toList());
    }

    @GetMapping("/listings")
    @Operation(summary = "Listings by filter: ALL, LISTED (on the list now), PROPOSALS, REMOVALS (applications), ENDED;"
            + " overdue=true marks a step past its deadline")
    PageResponse<ListingResponse> listings(@RequestParam(defaultValue = "ALL") ListingFilter filter,
                                           @RequestParam(required = false) Long districtId,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        LocalDate today = listings.today();
        return PageResponse.of(listings.search(districtId, filter.statuses(), PageRequest.of(Math.max(page, 0),
                        Math.min(Math.max(size, 1), 200), Sort.by(Sort.Direction.DESC, "proposedOn", "id"))),
                l -> ListingResponse.of(l, listings.terms(), today));
    }

    @GetMapping("/proposals")
    @Operation(summary = "Listing proposals not yet decided (proposed or noticed)")
    PageResponse<ListingResponse> proposals(@RequestParam(required = false) Long districtId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return listings(ListingFilter.PROPOSALS, districtId, page, size);
    }

    @GetMapping("/listings/{id}")
    ListingResponse listing(@PathVariable Long id) {
        return ListingResponse.of(listings.get(id), listings.terms(), listings.today());
    }

    @PostMapping("/listings")
    @Operation(summary = "Propose an enterprise for the list by hand, with the reason")
    ResponseEntity<ListingResponse> propose(@Valid @RequestBody ListingProposalRequest request) {
        Listing l = listings.propose(request.enterpriseId(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/credit/listings/" + l.getId()))
                .body(ListingResponse.of(l, listings.terms(), listings.today()));
    }

    @PostMapping("/listings/{id}/actions")
    @Operation(summary = "One step: NOTIFY, RECORD_STATEMENT, LIST, NOT_LIST (reasons), APPLY_REMOVAL (after a year,"
            + " corrected and paid), APPROVE_REMOVAL / REFUSE_REMOVAL (reasons); none can be skipped")
    ListingResponse act(@PathVariable Long id, @Valid @RequestBody ListingActionRequest request) {
        Listing l = listings.perform(id, PageResponse.requireVersion(request.version()), request.action(),
                request.toInput());
        return ListingResponse.of(l, listings.terms(), listings.today());
    }
}

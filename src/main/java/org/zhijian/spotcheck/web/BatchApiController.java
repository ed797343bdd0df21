package org.zhijian.spotcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.spotcheck.domain.BatchDetails;
import org.zhijian.spotcheck.domain.BatchQuery;
import org.zhijian.spotcheck.domain.BatchResult;
import org.zhijian.spotcheck.domain.BatchRow;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.BatchStep;
import org.zhijian.spotcheck.domain.ItemMeasurement;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.spotcheck.domain.StepKind;
import org.zhijian.spotcheck.domain.Submission;
import org.zhijian.system.web.PageResponse;

/** Sampled batches: recording, results, post-processing steps and publication. */
@RestController
@RequestMapping("/api/v1/spotchecks")
@Tag(name = "Spot checks", description = "监督抽查: catalogue, plans, batches, results, post-processing, pass rates;"
        + " batches are scoped to the district of their enterprise")
class BatchApiController {

    private final BatchService batches;
    private final CatalogueService catalogue;

    BatchApiController(BatchService batches, CatalogueService catalogue) {
        this.batches = batches;
        this.catalogue = catalogue;
    }

    record ResultRequest(@NotNull Long testItemId,
                         @NotBlank @Parameter(description = "a number, or 合格/不合格 (pass/fail) for qualitative items;"
                                 + " full-width digits and spaces are normalised") String value) {
    }

    record BatchRequest(@NotBlank @Size(max = 40) String formNumber, Long planId, @NotNull Long enterpriseId,
                        @NotNull Long categoryId, @Size(max = 100) String brand, @Size(max = 200) String modelSpec,
                        @Size(max = 60) String productionBatchNo, LocalDate productionDate,
                        @NotNull @Min(1) Integer sampleQuantity, @NotNull @Min(0) Integer backupQuantity,
                        @NotBlank @Size(max = 10) String quantityUnit, @NotNull LocalDate samplingDate,
                        @NotBlank @Size(max = 200) String samplingPlace, @NotBlank @Size(max = 200) String agency,
                        @NotNull Set<Long> samplerIds, LocalDate testedOn, @Size(max = 60) String reportNumber,
                        List<@Valid ResultRequest> results) {
    }

    record ResultsRequest(@NotNull LocalDate testedOn, @Size(max = 60) String reportNumber,
                          @NotNull List<@Valid ResultRequest> results, Long version) {
    }

    record StepRequest(@NotNull PostProcessingAction action, @NotNull LocalDate occurredOn, LocalDate dueOn,
                       @Size(max = 200) String agency, @Size(max = 1000) String note,
                       List<@Valid ResultRequest> results, Long version) {
    }

    record ResultResponse(Long testItemId, String testItem, String unit, int round, BigDecimal value,
                          Boolean conforming, String limit, Judgement judgement) {

        static ResultResponse of(BatchResult r) {
            return new ResultResponse(r.getTestItem().getId(), r.getTestItem().getName(), r.getTestItem().getUnit(),
                    r.getRound(), r.getMeasuredValue(), r.getPassedCheck(), r.limit().display(), r.getJudgement());
        }
    }

    record StepResponse(StepKind step, LocalDate occurredOn, LocalDate dueOn, String agency, String note,
                        String actor, Instant recordedAt) {

        static StepResponse of(BatchStep s) {
            return new StepResponse(s.getStep(), s.getOccurredOn(), s.getDueOn(), s.getAgency(), s.getNote(),
                    s.getActor(), s.getRecordedAt());
        }
    }

    record BatchResponse(Long id, String formNumber, Long planId, PlanLevel level, Long enterpriseId,
                         String enterpriseName, Long districtId, Long categoryId, String categoryName, String brand,
                         String modelSpec, String productionBatchNo, LocalDate productionDate, int sampleQuantity,
                         int backupQuantity, String quantityUnit, LocalDate samplingDate, String samplingPlace,
                         String agency, Set<Long> samplerIds, String reportNumber, LocalDate testedOn,
                         BatchStatus status, Judgement initialVerdict, Judgement verdict, boolean finalVerdict,
                         LocalDate objectionDeadline, LocalDate rectificationDeadline, LocalDate stepDueOn,
                         boolean overdue, Instant publishedAt, List<PostProcessingAction> nextActions,
                         List<ResultResponse> results, List<StepResponse> steps, long version) {
    }

    private BatchResponse batch(Long id) {
        SamplingBatch b = batches.getWithDetails(id);
        LocalDate today = batches.today();
        return new BatchResponse(b.getId(), b.getFormNumber(), b.getPlan() == null ? null : b.getPlan().getId(),
                b.getLevel(), b.getEnterprise().getId(), b.getEnterprise().getName(), b.getDistrictId(),
                b.getCategory().getId(), b.getCategory().getName(), b.getBrand(), b.getModelSpec(),
                b.getProductionBatchNo(), b.getProductionDate(), b.getSampleQuantity(), b.getBackupQuantity(),
                b.getQuantityUnit(), b.getSamplingDate(), b.getSamplingPlace(), b.getAgency(), b.getSamplerIds(),
                b.getReportNumber(), b.getTestedOn(), b.getStatus(), b.getInitialVerdict(), b.getVerdict(),
                b.isFinal(today), b.getObjectionDeadline(), b.getRectificationDeadline(), b.getStepDueOn(),
                b.isOverdue(today), b.getPublishedAt(), PostProcessingAction.available(b, today),
                b.getResults().stream().map(ResultResponse::of).toList(),
                b.getSteps().stream().map(StepResponse::of).toList(), b.getVersion());
    }

    /** The same reading as the pages: full-width digits, 合格/不合格, a bad value named by its position. */
    private List<ItemMeasurement> measurements(Long categoryId, List<ResultRequest> results) {
        if (results == null || results.isEmpty()) {
            return List.of();
        }
        List<ResultRow> rows = results.stream().map(r -> {
            ResultRow row = new ResultRow(r.testItemId());
            row.setValue(r.value());
            return row;
        }).toList();
        return Measurements.read(catalogue.get(categoryId), rows);
    }

    @GetMapping("/batches")
    @Operation(summary = "Search batches (own district for district users); overdue=true lists late follow-ups")
    PageResponse<BatchRow> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) Long districtId,
                                  @RequestParam(required = false) Long planId,
                                  @RequestParam(required = false) Long categoryId,
                                  @RequestParam(required = false) Long enterpriseId,
                                  @RequestParam(required = false) BatchStatus status,
                                  @RequestParam(required = false) Judgement verdict,
                                  @RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to,
                                  @RequestParam(defaultValue = "false") boolean overdue,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "samplingDate", "id"));
        return PageResponse.of(batches.searchRows(new BatchQuery(q, districtId, planId, categoryId, enterpriseId,
                status, verdict, from, to, overdue, batches.today()), pageable), r -> r);
    }

    @GetMapping("/batches/{id}")
    BatchResponse get(@PathVariable Long id) {
        return batch(id);
    }

    @PostMapping("/batches")
    @Operation(summary = "Record a sampling (inspectors, admins), with results if known. Send an Idempotency-Key:"
            + " a retry with the same key returns the batch already made (200) instead of a second one")
    ResponseEntity<BatchResponse> create(
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 64) String idempotencyKey,
            @Valid @RequestBody BatchRequest r) {
        BatchDetails d = new BatchDetails(r.formNumber(), r.planId(), r.enterpriseId(), r.categoryId(), r.brand(),
                r.modelSpec(), r.productionBatchNo(), r.productionDate(), r.sampleQuantity(), r.backupQuantity(),
                r.quantityUnit(), r.samplingDate(), r.samplingPlace(), r.agency(), r.samplerIds(), idempotencyKey);
        Submission s = batches.submit(d, r.testedOn(), r.reportNumber(), measurements(r.categoryId(), r.results()));
        Long id = s.batch().getId();
        return s.created() ? ResponseEntity.created(URI.create("/api/v1/spotchecks/batches/" + id)).body(batch(id))
                : ResponseEntity.ok(batch(id));
    }

    @PostMapping("/batches/{id}/results")
    @Operation(summary = "Record the agency's results of a sampled batch; the verdict is derived")
    BatchResponse results(@PathVariable Long id, @Valid @RequestBody ResultsRequest r) {
        SamplingBatch b = batches.get(id);
        batches.recordResults(id, PageResponse.requireVersion(r.version()), r.testedOn(), r.reportNumber(),
                measurements(b.getCategory().getId(), r.results()));
        return batch(id);
    }

    @PostMapping("/batches/{id}/steps")
    @Operation(summary = "Move a failed batch along post-processing: NOTIFY, REQUEST_RETEST (within 15 days of"
            + " notification), RECORD_RETEST (another agency, with results), ORDER_RECTIFICATION (dueOn),"
            + " REINSPECT, CLOSE")
    BatchResponse step(@PathVariable Long id, @Valid @RequestBody StepRequest r) {
        SamplingBatch b = batches.get(id);
        List<ItemMeasurement> m = r.action() == PostProcessingAction.RECORD_RETEST
                ? measurements(b.getCategory().getId(), r.results()) : null;
        batches.advance(id, PageResponse.requireVersion(r.version()), new StepCommand(r.action(), r.occurredOn(),
                r.dueOn(), r.agency(), r.note(), m));
        return batch(id);
    }

    @PostMapping("/batches/{id}/publish")
    @Operation(summary = "Publish a final result (heads, admins)")
    BatchResponse publish(@PathVariable Long id) {
        batches.publish(id);
        return batch(id);
    }
}

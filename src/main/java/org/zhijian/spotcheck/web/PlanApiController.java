package org.zhijian.spotcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanDetails;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanProgress;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.system.web.PageResponse;

/** Spot-check plans (抽查计划) with their progress, and publishing a plan's final results. */
@RestController
@RequestMapping("/api/v1/spotchecks")
@Tag(name = "Spot checks", description = "监督抽查: catalogue, plans, batches, results, post-processing, pass rates;"
        + " batches are scoped to the district of their enterprise")
class PlanApiController {

    private final PlanService plans;
    private final BatchService batches;

    PlanApiController(PlanService plans, BatchService batches) {
        this.plans = plans;
        this.batches = batches;
    }

    record PlanResponse(Long id, String code, String title, int year, PlanLevel level, boolean joint,
                        String description, Set<Long> categoryIds, List<PlanProgress> progress, long version) {
    }

    record PlanRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String title,
                       @NotNull @Min(2000) @Max(2100) Integer year, @NotNull PlanLevel level, boolean joint,
                       @Size(max = 1000) String description, @NotNull Set<Long> categoryIds,
                       @NotNull java.util.Map<Long, Integer> plannedBatchesByDistrict, Long version) {

        PlanDetails toDetails() {
            return new PlanDetails(code, title, year, level, joint, description, categoryIds,
                    plannedBatchesByDistrict);
        }
    }

    private PlanResponse plan(SpotCheckPlan p) {
        return new PlanResponse(p.getId(), p.getCode(), p.getTitle(), p.getYear(), p.getLevel(), p.isJoint(),
                p.getDescription(), p.getCategoryIds(), plans.progress(p.getId()), p.getVersion());
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans, optionally of one year, with done against planned per visible district")
    List<PlanResponse> plans(@RequestParam(required = false) Integer year) {
        return plans.list(year).stream().map(p -> plan(plans.get(p.getId()))).toList();
    }

    @GetMapping("/plans/{id}")
    PlanResponse plan(@PathVariable Long id) {
        return plan(plans.get(id));
    }

    @PostMapping("/plans")
    @Operation(summary = "Create a plan (admins; district admins: district-level plans of their district)")
    ResponseEntity<PlanResponse> createPlan(@Valid @RequestBody PlanRequest request) {
        SpotCheckPlan p = plans.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/spotchecks/plans/" + p.getId())).body(plan(plans.get(p.getId())));
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Update a plan (admins); 409 when the version is stale")
    PlanResponse updatePlan(@PathVariable Long id, @Valid @RequestBody PlanRequest request) {
        plans.update(id, PageResponse.requireVersion(request.version()), request.toDetails());
        return plan(plans.get(id));
    }

    @PostMapping("/plans/{id}/publish")
    @Operation(summary = "Publish (公告) every final, unpublished result of the plan in the caller's scope (heads, admins)")
    PublishResponse publishPlan(@PathVariable Long id) {
        return new PublishResponse(batches.publishFinal(id));
    }

    record PublishResponse(int published) {
    }
}

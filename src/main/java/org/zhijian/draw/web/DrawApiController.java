package org.zhijian.draw.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.draw.domain.DrawEngine;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.DrawStatus;
import org.zhijian.draw.domain.InspectorConflict;
import org.zhijian.draw.domain.RandomDraw;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Double-random draws", description = "双随机一公开: seeded draws, manual changes, publication, conflicts")
class DrawApiController {

    private final DrawService draws;

    DrawApiController(DrawService draws) {
        this.draws = draws;
    }

    /** {@code listed}: the enterprise is on the serious illegal and dishonest list (严重违法失信名单). */
    record EntryResponse(int position, Long enterpriseId, String enterpriseName, boolean listed, List<Long> inspectorIds,
                         List<String> inspectorNames) {
    }

    record ChangeResponse(String description, String reason, String actor, Instant occurredAt) {
    }

    record DrawResponse(Long id, String title, Long campaignId, Long districtId, Industry industry,
                        SupervisionClass supervisionClass, int enterpriseCount, int inspectorsPerEnterprise,
                        long seed, DrawStatus status, Instant publishedAt, String createdBy, Instant createdAt,
                        List<EntryResponse> entries, List<ChangeResponse> changes) {
    }

    record CreateRequest(@NotBlank @Size(max = 200) String title, Long campaignId, Long districtId, Industry industry,
                         SupervisionClass supervisionClass, @NotNull @Min(1) @Max(500) Integer enterpriseCount,
                         @NotNull @Min(2) @Max(10) Integer inspectorsPerEnterprise, Long seed) {
    }

    record ChangeRequest(@NotNull Long entryPosition, @NotNull Long outgoingId, @NotNull Long incomingId,
                         @NotBlank @Size(max = 500) String reason) {
    }

    record ReproductionResponse(long seed, boolean matchesOriginal, List<DrawEngine.Pick> picks) {
    }

    record ConflictRequest(@NotNull Long userId, @NotNull Long enterpriseId, @NotBlank @Size(max = 300) String reason) {
    }

    record ConflictResponse(Long id, Long userId, Long enterpriseId, String reason, String recordedBy,
                            Instant recordedAt) {

        static ConflictResponse of(InspectorConflict c) {
            return new ConflictResponse(c.getId(), c.getUserId(), c.getEnterpriseId(), c.getReason(),
                    c.getRecordedBy(), c.getRecordedAt());
        }
    }

    private static DrawResponse of(DrawService.DrawView v) {
        RandomDraw d = v.draw();
        return new DrawResponse(d.getId(), d.getTitle(), d.getCampaignId(), d.getDistrictId(), d.getIndustry(),
                d.getSupervisionClass(), d.getEnterpriseCount(), d.getInspectorsPerEnterprise(), d.getSeed(),
                d.getStatus(), d.getPublishedAt(), d.getCreatedBy(), d.getCreatedAt(),
                v.entries().stream().map(e -> new EntryResponse(e.getPosition(), e.getEnterprise().getId(),
                        e.getEnterprise().getName(), e.getEnterprise().isListed(), e.inspectors(), e.inspectors().stream()
                        .map(u -> v.inspectors().containsKey(u) ? v.inspectors().get(u).getDisplayName() : null)
                        .toList())).toList(),
                v.changes().stream().map(c -> new ChangeResponse(c.getDescription(), c.getReason(), c.getActor(),
                        c.getOccurredAt())).toList());
    }

    @GetMapping("/draws")
    List<DrawResponse> list() {
        return draws.list().stream().map(d -> of(draws.view(d.getId()))).toList();
    }

    @GetMapping("/draws/{id}")
    DrawResponse get(@PathVariable Long id) {
        return of(draws.view(id));
    }

    @PostMapping("/draws")
    @Operation(summary = "Draw enterprises and ≥2 inspectors each (heads, admins); seed generated when absent")
    ResponseEntity<DrawResponse> create(@Valid @RequestBody CreateRequest r) {
        RandomDraw d = draws.draw(new DrawRequest(r.title(), r.campaignId(), r.districtId(), r.industry(),
                r.supervisionClass(), r.enterpriseCount(), r.inspectorsPerEnterprise(), r.seed()));
        return ResponseEntity.created(URI.create("/api/v1/draws/" + d.getId())).body(of(draws.view(d.getId())));
    }

    @GetMapping("/draws/{id}/reproduction")
    @Operation(summary = "Runs the draw again from its recorded seed and says whether it matches the original")
    ReproductionResponse reproduce(@PathVariable Long id) {
        RandomDraw d = draws.get(id);
        return new ReproductionResponse(d.getSeed(), draws.reproducesOriginal(id), draws.reproduce(id));
    }

    @PostMapping("/draws/{id}/changes")
    @Operation(summary = "Replace one drawn inspector, with a reason (draft draws only)")
    DrawResponse change(@PathVariable Long id, @Valid @RequestBody ChangeRequest r) {
        var entry = draws.view(id).entries().stream().filter(e -> e.getPosition() == r.entryPosition())
                .findFirst().orElseThrow(() -> new org.zhijian.system.NotFoundException("DrawEntry", r.entryPosition()));
        draws.replaceInspector(id, entry.getId(), r.outgoingId(), r.incomingId(), r.reason());
        return of(draws.view(id));
    }

    @PostMapping("/draws/{id}/publish")
    @Operation(summary = "Publish the draw on the public page /public/draws")
    DrawResponse publish(@PathVariable Long id) {
        draws.publish(id);
        return of(draws.view(id));
    }

    @GetMapping("/inspector-conflicts")
    List<ConflictResponse> conflicts() {
        return draws.conflicts().stream().map(ConflictResponse::of).toList();
    }

    @PostMapping("/inspector-conflicts")
    @Operation(summary = "Record a conflict (回避): the inspector is never drawn for the enterprise")
    ConflictResponse recordConflict(@Valid @RequestBody ConflictRequest r) {
        return ConflictResponse.of(draws.recordConflict(r.userId(), r.enterpriseId(), r.reason()));
    }
}

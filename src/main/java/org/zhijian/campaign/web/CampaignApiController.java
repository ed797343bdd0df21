package org.zhijian.campaign.web;

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
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.campaign.domain.Campaign;
import org.zhijian.campaign.domain.CampaignDetails;
import org.zhijian.campaign.domain.CampaignFile;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.campaign.domain.CampaignStatus;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Screening campaigns", description = "风险排查整治: scope, findings, archived risk list and report")
class CampaignApiController {

    private final CampaignService campaigns;

    CampaignApiController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    record CampaignResponse(Long id, String name, Set<Industry> industries, Set<Long> districtIds, LocalDate startsOn,
                            LocalDate endsOn, String measures, CampaignStatus status, Instant closedAt,
                            String closedBy, long version) {

        static CampaignResponse of(Campaign c) {
            return new CampaignResponse(c.getId(), c.getName(), c.getIndustrySet(), c.getDistrictIdSet(),
                    c.getStartsOn(), c.getEndsOn(), c.getMeasures(), c.getStatus(), c.getClosedAt(), c.getClosedBy(),
                    c.getVersion());
        }
    }

    record CampaignRequest(@NotBlank @Size(max = 200) String name, @NotNull Set<Industry> industries,
                           @NotNull Set<Long> districtIds, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                           @Size(max = 2000) String measures) {
    }

    record FindingsResponse(List<Long> riskPointIds, List<Long> hazardIds) {
    }

    record FileResponse(Long id, String kind, Long districtId, String fileName, String contentType, Instant createdAt,
                        String href) {
    }

    @GetMapping
    List<CampaignResponse> list() {
        return campaigns.list().stream().map(CampaignResponse::of).toList();
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable Long id) {
        return CampaignResponse.of(campaigns.get(id));
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "Ids of the risk points and hazards found under the campaign (in the caller's districts)")
    FindingsResponse findings(@PathVariable Long id) {
        var f = campaigns.findings(id);
        return new FindingsResponse(f.points().stream().map(p -> p.getId()).toList(),
                f.hazards().stream().map(h -> h.getId()).toList());
    }

    @PostMapping
    @Operation(summary = "Launch a campaign (heads and admins)")
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CampaignRequest r) {
        Campaign c = campaigns.launch(new CampaignDetails(r.name(), r.industries(), r.districtIds(), r.startsOn(),
                r.endsOn(), r.measures()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.getId())).body(CampaignResponse.of(c));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the campaign; generates and archives its risk list (.xlsx) and report (PDF)")
    CampaignResponse close(@PathVariable Long id, @RequestParam Long version) {
        return CampaignResponse.of(campaigns.close(id, PageResponse.requireVersion(version)));
    }

    @GetMapping("/{id}/files")
    List<FileResponse> files(@PathVariable Long id) {
        return campaigns.archive(id).stream().map(f -> new FileResponse(f.getId(), f.getKind(), f.getDistrictId(),
                f.getFileName(), f.getContentType(), f.getCreatedAt(), "/api/v1/campaigns/" + id + "/files/" + f.getId()))
                .toList();
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "One archived file; district users get only their district's")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long fileId) {
        CampaignFile f = campaigns.file(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType())).body(f.getContent());
    }
}

package org.zhijian.licence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.zhijian.licence.domain.LicenceDetails;
import org.zhijian.licence.domain.LicenceNumber;
import org.zhijian.licence.domain.LicenceQuery;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.licence.domain.LicenceTransition;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Production licences", description = "工业产品生产许可证, scoped through the enterprise's district")
class LicenceApiController {

    private final LicenceService licences;

    LicenceApiController(LicenceService licences) {
        this.licences = licences;
    }

    record LicenceResponse(Long id, String number, Long enterpriseId, String enterpriseName, String productName,
                           String productUnit, LocalDate issuedOn, LocalDate expiresOn, LicenceStatus status,
                           String issuingAuthority, long version, Instant updatedAt, String updatedBy) {

        static LicenceResponse of(ProductionLicence l) {
            return new LicenceResponse(l.getId(), l.getNumber().value(), l.getEnterprise().getId(),
                    l.getEnterprise().getName(), l.getProductName(), l.getProductUnit(), l.getIssuedOn(),
                    l.getExpiresOn(), l.getStatus(), l.getIssuingAuthority(), l.getVersion(), l.getUpdatedAt(),
                    l.getUpdatedBy());
        }
    }

    record LicenceRequest(@NotBlank @Pattern(regexp = LicenceForm.NUMBER_PATTERN, message = "{licence.number.format}")
                          String number,
                          @NotNull Long enterpriseId,
                          @NotBlank @Size(max = 100) String productName,
                          @NotBlank @Size(max = 100) String productUnit,
                          @NotNull LocalDate issuedOn,
                          LocalDate expiresOn,
                          @Size(max = 100) String issuingAuthority,
                          Long version) {

        LicenceDetails toDetails() {
            return new LicenceDetails(LicenceNumber.parse(number), enterpriseId, productName, productUnit, issuedOn,
                    expiresOn, issuingAuthority);
        }
    }

    record TransitionRequest(@NotNull LicenceStatus targetStatus,
                             @NotBlank @Size(max = 500) String reason,
                             @NotBlank @Size(max = 300) String legalBasis,
                             Long version) {
    }

    record TransitionResponse(LicenceStatus fromStatus, LicenceStatus toStatus, String reason, String legalBasis,
                              String actor, Instant occurredAt) {

        static TransitionResponse of(LicenceTransition t) {
            return new TransitionResponse(t.getFromStatus(), t.getToStatus(), t.getReason(), t.getLegalBasis(),
                    t.getActor(), t.getOccurredAt());
        }
    }

    @GetMapping
    @Operation(summary = "Search licences; expiringWithinDays or renewalsDue=true give the expiry lists")
    PageResponse<LicenceResponse> search(@RequestParam(required = false) String q,
                                         @RequestParam(required = false) Long districtId,
                                         @RequestParam(required = false) LicenceStatus status,
                                         @RequestParam(required = false) Integer expiringWithinDays,
                                         @RequestParam(defaultValue = "false") boolean renewalsDue,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("expiresOn", "id"));
        if (renewalsDue) {
            return PageResponse.of(licences.renewalsDue(districtId, pageable), LicenceResponse::of);
        }
        if (expiringWithinDays != null) {
            return PageResponse.of(licences.expiringWithin(Math.max(expiringWithinDays, 0), districtId, pageable),
                    LicenceResponse::of);
        }
        var query = new LicenceQuery(q, districtId, status == null ? null : EnumSet.of(status), null, null, null);
        return PageResponse.of(licences.search(query, pageable), LicenceResponse::of);
    }

    @GetMapping("/{id}")
    LicenceResponse get(@PathVariable Long id) {
        return LicenceResponse.of(licences.get(id));
    }

    @GetMapping("/{id}/transitions")
    List<TransitionResponse> transitions(@PathVariable Long id) {
        return licences.transitionsOf(id).stream().map(TransitionResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record a licence (admins); expiresOn defaults to five years")
    ResponseEntity<LicenceResponse> create(@Valid @RequestBody LicenceRequest request) {
        ProductionLicence l = licences.record(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/licences/" + l.getId())).body(LicenceResponse.of(l));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a licence (admins); 409 when the version is stale")
    LicenceResponse update(@PathVariable Long id, @Valid @RequestBody LicenceRequest request) {
        return LicenceResponse.of(licences.update(id, PageResponse.requireVersion(request.version()),
                request.toDetails()));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move a licence to another state with reason and legal basis (admins)")
    LicenceResponse transition(@PathVariable Long id, @Valid @RequestBody TransitionRequest request) {
        return LicenceResponse.of(licences.transition(id, PageResponse.requireVersion(request.version()),
                request.targetStatus(), request.reason(), request.legalBasis()));
    }
}

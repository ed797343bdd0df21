package org.zhijian.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.enterprise.domain.ValidSocialCreditCode;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "Enterprise registry (企业档案), scoped to the caller's district")
class EnterpriseApiController {

    private final EnterpriseService enterprises;

    EnterpriseApiController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    /** An enterprise as the API shows it. */
    record EnterpriseResponse(Long id, String creditCode, String name, Long districtId, Industry industry,
                              EnterpriseStatus status, String address, String legalRepresentative,
                              String contactPhone, LocalDate establishedOn, long version, Instant updatedAt,
                              String updatedBy) {

        static EnterpriseResponse of(Enterprise e) {
            return new EnterpriseResponse(e.getId(), e.getCreditCode().value(), e.getName(), e.getDistrictId(),
                    e.getIndustry(), e.getStatus(), e.getAddress(), e.getLegalRepresentative(), e.getContactPhone(),
                    e.getEstablishedOn(), e.getVersion(), e.getUpdatedAt(), e.getUpdatedBy());
        }
    }

    /** Create or update; version is required on update and must match the stored one. */
    record EnterpriseRequest(@NotBlank @Size(max = 200) String name,
                             @NotBlank @ValidSocialCreditCode String creditCode,
                             @NotNull Long districtId,
                             @NotNull Industry industry,
                             EnterpriseStatus status,
                             @Size(max = 300) String address,
                             @Size(max = 60) String legalRepresentative,
                             @Size(max = 40) String contactPhone,
                             @PastOrPresent LocalDate establishedOn,
                             Long version) {

        EnterpriseDetails toDetails() {
            return new EnterpriseDetails(name, SocialCreditCode.parse(creditCode), districtId, industry,
                    status == null ? EnterpriseStatus.ACTIVE : status, address, legalRepresentative, contactPhone,
                    establishedOn);
        }
    }

    @GetMapping
    @Operation(summary = "Search enterprises by text (name or credit code), district, industry and status")
    PageResponse<EnterpriseResponse> search(@RequestParam(required = false) String q,
                                            @RequestParam(required = false) Long districtId,
                                            @RequestParam(required = false) Industry industry,
                                            @RequestParam(required = false) EnterpriseStatus status,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(enterprises.search(new EnterpriseQuery(q, districtId, industry, status),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Enterprise.BY_NAME)),
                EnterpriseResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise; 404 when it does not exist or lies outside the caller's district")
    EnterpriseResponse get(@PathVariable Long id) {
        return EnterpriseResponse.of(enterprises.get(id));
    }

    @PostMapping
    @Operation(summary = "Register an enterprise (admins)")
    ResponseEntity<EnterpriseResponse> create(@Valid @RequestBody EnterpriseRequest request) {
        Enterprise e = enterprises.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + e.getId())).body(EnterpriseResponse.of(e));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an enterprise (admins); 409 when the version is stale")
    EnterpriseResponse update(@PathVariable Long id, @Valid @RequestBody EnterpriseRequest request) {
        return EnterpriseResponse.of(enterprises.update(id, PageResponse.requireVersion(request.version()),
                request.toDetails()));
    }
}

package org.zhijian.enforcement.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enforcement.domain.SimpleCaseDetails;

/** A penalty on the spot (当场处罚). */
public class SimpleCaseForm {

    @NotNull
    private Long enterpriseId;
    private Set<Long> officerIds = new LinkedHashSet<>();
    @NotNull
    private PartyKind party = PartyKind.ORGANISATION;
    @NotBlank
    @Size(max = 1000)
    private String violation;
    @NotBlank
    @Size(max = 500)
    private String legalBasis;
    private Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
    @DecimalMin("0.01")
    private BigDecimal fine;
    @NotBlank
    @Size(max = 1000)
    private String penaltyContent;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    SimpleCaseDetails toDetails() {
        return new SimpleCaseDetails(enterpriseId, officerIds, party, violation, legalBasis, kinds, fine,
                penaltyContent, decidedOn);
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Set<Long> getOfficerIds() {
        return officerIds;
    }

    public void setOfficerIds(Set<Long> officerIds) {
        this.officerIds = officerIds == null ? new LinkedHashSet<>() : officerIds;
    }

    public PartyKind getParty() {
        return party;
    }

    public void setParty(PartyKind party) {
        this.party = party;
    }

    public String getViolation() {
        return violation;
    }

    public void setViolation(String violation) {
        this.violation = violation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public Set<PenaltyKind> getKinds() {
        return kinds;
    }

    public void setKinds(Set<PenaltyKind> kinds) {
        this.kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(PenaltyKind.class) : EnumSet.copyOf(kinds);
    }

    public BigDecimal getFine() {
        return fine;
    }

    public void setFine(BigDecimal fine) {
        this.fine = fine;
    }

    public String getPenaltyContent() {
        return penaltyContent;
    }

    public void setPenaltyContent(String penaltyContent) {
        this.penaltyContent = penaltyContent;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}

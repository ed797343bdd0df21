package org.zhijian.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;

/** A hidden hazard as an inspector records it, which issues its rectification notice. */
public class HazardForm {

    @NotNull
    private Long enterpriseId;
    private Long campaignId;
    private Long riskPointId;
    @NotNull
    private HazardLevel level;
    @NotBlank
    @Size(max = 1000)
    private String description;
    @NotBlank
    @Size(max = 1000)
    private String requirement;
    @NotBlank
    @Size(max = 300)
    private String legalBasis;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    @NotBlank
    @Size(max = 60)
    private String responsiblePerson;

    @Size(max = 64)
    private String submissionToken;

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    public HazardDetails toDetails() {
        return new HazardDetails(enterpriseId, campaignId, riskPointId, level, description, requirement, legalBasis,
                foundOn, deadline, responsiblePerson);
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getRiskPointId() {
        return riskPointId;
    }

    public void setRiskPointId(Long riskPointId) {
        this.riskPointId = riskPointId;
    }

    public HazardLevel getLevel() {
        return level;
    }

    public void setLevel(HazardLevel level) {
        this.level = level;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public void setFoundOn(LocalDate foundOn) {
        this.foundOn = foundOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }
}

package org.zhijian.riskpoint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskMethod;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointDetails;

/** A risk point as typed, with its assessment: L and S for LS, L, E and C for LEC. */
public class RiskPointForm {

    @NotNull
    private Long enterpriseId;
    private Long campaignId;
    @NotNull
    private PlaceKind placeKind;
    @NotBlank
    @Size(max = 100)
    private String placeName;
    @NotBlank
    @Size(max = 1000)
    private String hazard;
    @NotBlank
    @Size(max = 1000)
    private String controls;
    @NotBlank
    @Size(max = 60)
    private String responsiblePerson;
    @NotNull
    private RiskMethod method = RiskMethod.LS;
    @NotNull
    private BigDecimal likelihood;
    private BigDecimal exposure;
    @NotNull
    private BigDecimal severity;
    private long version;

    public static RiskPointForm of(RiskPoint p) {
        RiskPointForm f = new RiskPointForm();
        f.enterpriseId = p.getEnterprise().getId();
        f.campaignId = p.getCampaignId();
        f.placeKind = p.getPlaceKind();
        f.placeName = p.getPlaceName();
        f.hazard = p.getHazard();
        f.controls = p.getControls();
        f.responsiblePerson = p.getResponsiblePerson();
        f.method = p.getMethod();
        f.likelihood = p.getLikelihood().stripTrailingZeros();
        f.exposure = p.getExposure() == null ? null : p.getExposure().stripTrailingZeros();
        f.severity = p.getSeverity().stripTrailingZeros();
        f.version = p.getVersion();
        return f;
    }

    public RiskPointDetails toDetails() {
        return new RiskPointDetails(enterpriseId, campaignId, placeKind, placeName, hazard, controls,
                responsiblePerson, new Assessment(method, likelihood, exposure, severity));
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

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public void setPlaceKind(PlaceKind placeKind) {
        this.placeKind = placeKind;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getHazard() {
        return hazard;
    }

    public void setHazard(String hazard) {
        this.hazard = hazard;
    }

    public String getControls() {
        return controls;
    }

    public void setControls(String controls) {
        this.controls = controls;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public RiskMethod getMethod() {
        return method;
    }

    public void setMethod(RiskMethod method) {
        this.method = method;
    }

    public BigDecimal getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(BigDecimal likelihood) {
        this.likelihood = likelihood;
    }

    public BigDecimal getExposure() {
        return exposure;
    }

    public void setExposure(BigDecimal exposure) {
        this.exposure = exposure;
    }

    public BigDecimal getSeverity() {
        return severity;
    }

    public void setSeverity(BigDecimal severity) {
        this.severity = severity;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

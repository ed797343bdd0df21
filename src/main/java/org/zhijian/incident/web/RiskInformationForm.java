package org.zhijian.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskSource;

/** A piece of risk information as the receiving officer types it. */
public class RiskInformationForm {

    @NotNull
    private RiskSource source;
    private Long enterpriseId;
    private Long districtId;
    @NotBlank
    @Size(max = 1000)
    private String summary;
    @Size(max = 200)
    private String informant;

    RiskInformationDetails toDetails() {
        return new RiskInformationDetails(source, enterpriseId, districtId, summary, informant, null);
    }

    public RiskSource getSource() {
        return source;
    }

    public void setSource(RiskSource source) {
        this.source = source;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getInformant() {
        return informant;
    }

    public void setInformant(String informant) {
        this.informant = informant;
    }
}

package org.zhijian.campaign.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.campaign.domain.CampaignDetails;

/** A screening campaign as launched: name, products (industries), districts, period, measures. */
public class CampaignForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    private Set<Industry> industries = new LinkedHashSet<>();
    private Set<Long> districtIds = new LinkedHashSet<>();
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Size(max = 2000)
    private String measures;

    public CampaignDetails toDetails() {
        return new CampaignDetails(name, industries, districtIds, startsOn, endsOn, measures);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<Industry> getIndustries() {
        return industries;
    }

    public void setIndustries(Set<Industry> industries) {
        this.industries = industries;
    }

    public Set<Long> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(Set<Long> districtIds) {
        this.districtIds = districtIds;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}

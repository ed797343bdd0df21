package org.zhijian.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.SpecialInspectionOrder;

/** The special inspection (专项检查) of an emergency response: districts, industry, deadline. */
public class DispatchForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    @NotEmpty
    private List<Long> districtIds = new ArrayList<>();
    private Industry industry;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private long version;

    SpecialInspectionOrder toOrder() {
        return new SpecialInspectionOrder(title, districtIds, industry, dueOn);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(List<Long> districtIds) {
        this.districtIds = districtIds;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.zhijian.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentLevel;

/** An incident as it is opened: the time is the bureau's local time. */
public class IncidentForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    @NotNull
    private IncidentLevel level;
    private Long enterpriseId;
    private Long districtId;
    @NotBlank
    @Size(max = 2000)
    private String description;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime occurredAt;
    private boolean drill;

    IncidentDetails toDetails(ZoneId zone) {
        return new IncidentDetails(title, level, enterpriseId, districtId, description,
                occurredAt.atZone(zone).toInstant(), drill, null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public IncidentLevel getLevel() {
        return level;
    }

    public void setLevel(IncidentLevel level) {
        this.level = level;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public boolean isDrill() {
        return drill;
    }

    public void setDrill(boolean drill) {
        this.drill = drill;
    }
}

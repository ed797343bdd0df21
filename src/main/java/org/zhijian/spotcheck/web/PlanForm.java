package org.zhijian.spotcheck.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.zhijian.spotcheck.domain.PlanDetails;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.SpotCheckPlan;

/** A plan as typed: categories ticked, planned batches per district (quotas[districtId]). */
public class PlanForm {

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    private PlanLevel level;

    private boolean joint;

    @Size(max = 1000)
    private String description;

    private Set<Long> categoryIds = new LinkedHashSet<>();

    private Map<Long, Integer> quotas = new LinkedHashMap<>();

    private long version;

    static PlanForm of(SpotCheckPlan p) {
        PlanForm f = new PlanForm();
        f.code = p.getCode();
        f.title = p.getTitle();
        f.year = p.getYear();
        f.level = p.getLevel();
        f.joint = p.isJoint();
        f.description = p.getDescription();
        f.categoryIds = new LinkedHashSet<>(p.getCategoryIds());
        f.quotas = new LinkedHashMap<>(p.getQuotas());
        f.version = p.getVersion();
        return f;
    }

    PlanDetails toDetails() {
        Map<Long, Integer> q = new LinkedHashMap<>();
        quotas.forEach((k, v) -> {
            if (v != null) {
                q.put(k, v);
            }
        });
        return new PlanDetails(code, title, year, level, joint, description, categoryIds, q);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public void setLevel(PlanLevel level) {
        this.level = level;
    }

    public boolean isJoint() {
        return joint;
    }

    public void setJoint(boolean joint) {
        this.joint = joint;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(Set<Long> categoryIds) {
        this.categoryIds = categoryIds;
    }

    public Map<Long, Integer> getQuotas() {
        return quotas;
    }

    public void setQuotas(Map<Long, Integer> quotas) {
        this.quotas = quotas;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

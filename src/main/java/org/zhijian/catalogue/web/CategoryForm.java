package org.zhijian.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.zhijian.catalogue.domain.CategoryDetails;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Industry;

/** A catalogue category as an admin types it. */
public class CategoryForm {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "^\\s*[A-Za-z0-9-]+\\s*$")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Size(max = 150)
    private String nameEn;

    @NotNull
    private RiskClass riskClass;

    @NotBlank
    @Size(max = 200)
    private String standard;

    private Industry industry;

    private boolean active = true;

    private long version;

    static CategoryForm of(ProductCategory c) {
        CategoryForm f = new CategoryForm();
        f.code = c.getCode();
        f.name = c.getName();
        f.nameEn = c.getNameEn();
        f.riskClass = c.getRiskClass();
        f.standard = c.getStandard();
        f.industry = c.getIndustry();
        f.active = c.isActive();
        f.version = c.getVersion();
        return f;
    }

    CategoryDetails toDetails() {
        return new CategoryDetails(code, name, nameEn, riskClass, standard, industry, active);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public void setRiskClass(RiskClass riskClass) {
        this.riskClass = riskClass;
    }

    public String getStandard() {
        return standard;
    }

    public void setStandard(String standard) {
        this.standard = standard;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

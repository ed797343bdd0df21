package org.zhijian.region.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.zhijian.region.domain.District;

/** A district as a city admin types it: the 6-digit division code, names in both languages, order in lists. */
public class DistrictForm {

    @NotBlank
    @Pattern(regexp = "^\\d{6}$", message = "{district.code.format}")
    private String code;

    @NotBlank
    @Size(max = 40)
    private String nameZh;

    @NotBlank
    @Size(max = 60)
    private String nameEn;

    @Min(0)
    @Max(9999)
    private int sortOrder;

    private long version;

    static DistrictForm of(District d) {
        DistrictForm f = new DistrictForm();
        f.code = d.getCode();
        f.nameZh = d.getNameZh();
        f.nameEn = d.getNameEn();
        f.sortOrder = d.getSortOrder();
        f.version = d.getVersion();
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

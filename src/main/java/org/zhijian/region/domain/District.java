package org.zhijian.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.zhijian.system.jpa.BaseEntity;

/** A district bureau's territory (区/县), identified by its administrative division code. */
@Entity
@Table(name = "district")
public class District extends BaseEntity {

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 40)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected District() {
    }

    public District(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public void rename(String nameZh, String nameEn, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    @Override
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("code", code);
        s.put("nameZh", nameZh);
        s.put("nameEn", nameEn);
        s.put("sortOrder", sortOrder);
        return s;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

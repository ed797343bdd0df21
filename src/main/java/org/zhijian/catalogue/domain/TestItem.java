package org.zhijian.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.zhijian.system.jpa.BaseEntity;

/** One test item (检验项目) of a category, e.g. 甲醛释放量 ≤ 0.124 mg/m³. */
@Entity
@Table(name = "test_item")
public class TestItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ProductCategory category;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 30)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_kind", nullable = false, length = 12)
    private LimitKind limitKind;

    @Column(name = "lower_limit", precision = 19, scale = 6)
    private BigDecimal lowerLimit;

    @Column(name = "upper_limit", precision = 19, scale = 6)
    private BigDecimal upperLimit;

    @Column(length = 100)
    private String method;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TestItem() {
    }

    TestItem(ProductCategory category, String name, String unit, Limit limit, String method, int sortOrder) {
        this.category = category;
        this.name = name;
        this.sortOrder = sortOrder;
        change(unit, limit, method);
    }

    public void change(String newUnit, Limit limit, String newMethod) {
        this.unit = newUnit == null || newUnit.isBlank() ? null : newUnit.strip();
        this.limitKind = limit.kind();
        this.lowerLimit = limit.lower();
        this.upperLimit = limit.upper();
        this.method = newMethod == null || newMethod.isBlank() ? null : newMethod.strip();
    }

    public Limit limit() {
        return new Limit(limitKind, lowerLimit, upperLimit);
    }

    String describe() {
        return name + " " + limit().display() + (unit == null ? "" : " " + unit);
    }

    public ProductCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public LimitKind getLimitKind() {
        return limitKind;
    }

    public BigDecimal getLowerLimit() {
        return lowerLimit;
    }

    public BigDecimal getUpperLimit() {
        return upperLimit;
    }

    public String getMethod() {
        return method;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package org.zhijian.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/** A product category of the supervision catalogue, with the standard it is tested against and its test items. */
@Entity
@Table(name = "product_category")
public class ProductCategory extends BaseEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", nullable = false, length = 10)
    private RiskClass riskClass;

    @Column(nullable = false, length = 200)
    private String standard;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry industry;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<TestItem> items = new ArrayList<>();

    protected ProductCategory() {
    }

    public ProductCategory(CategoryDetails details, String actor, Instant now) {
        update(details, actor, now);
    }

    public void update(CategoryDetails d, String actor, Instant now) {
        this.code = d.code().strip().toUpperCase();
        this.name = d.name().strip();
        this.nameEn = d.nameEn().strip();
        this.riskClass = d.riskClass();
        this.standard = d.standard().strip();
        this.industry = d.industry();
        this.active = d.active();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public TestItem addItem(String itemName, String unit, Limit limit, String method) {
        if (item(itemName).isPresent()) {
            throw new BusinessRuleException("name", "catalogue.item.duplicate", itemName);
        }
        TestItem item = new TestItem(this, itemName.strip(), unit, limit, method, items.size() + 1);
        items.add(item);
        return item;
    }

    public Optional<TestItem> item(String itemName) {
        String wanted = itemName == null ? "" : itemName.strip();
        return items.stream().filter(i -> i.getName().equals(wanted)).findFirst();
    }

    public Optional<TestItem> item(Long itemId) {
        return items.stream().filter(i -> i.getId().equals(itemId)).findFirst();
    }

    public void removeItem(Long itemId) {
        items.removeIf(i -> i.getId().equals(itemId));
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("nameEn", nameEn);
        s.put("riskClass", riskClass.name());
        s.put("standard", standard);
        s.put("industry", industry == null ? null : industry.name());
        s.put("active", active);
        s.put("items", items.stream().map(TestItem::describe).toList());
        return s;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public String getStandard() {
        return standard;
    }

    public Industry getIndustry() {
        return industry;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<TestItem> getItems() {
        return items;
    }
}

package org.zhijian.catalogue.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/**
 * The product catalogue: everyone reads it; only city admins change it, because
 * its limits judge every district's results and its risk class drives every
 * district's classification. It is city-wide, not district-scoped.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    public static final String ENTITY = "ProductCategory";

    private final ProductCategoryRepository categories;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard guard;

    CatalogueService(ProductCategoryRepository categories, AuditTrail audit, Clock clock, AccessGuard guard) {
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    @Unscoped("the product catalogue is city-wide: every user reads it")
    public List<ProductCategory> all() {
        return categories.findAllWithItems();
    }

    @Unscoped("the product catalogue is city-wide: every user reads it")
    public List<ProductCategory> active() {
        return categories.findByActiveTrueOrderByCodeAsc();
    }

    /** The categories, active or not, of one industry: their risk class drives the classification. */
    public List<ProductCategory> ofIndustry(Industry industry) {
        return categories.findByIndustry(industry);
    }

    /** The category with its test items loaded. */
    @Unscoped("the product catalogue is city-wide: every user reads it")
    public ProductCategory get(Long id) {
        ProductCategory c = categories.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        c.getItems().size();
        return c;
    }

    /** The category for its edit page: refused (403) to anyone who may not change the catalogue. */
    public ProductCategory getForEdit(Long id) {
        requireEditor();
        return get(id);
    }

    public void requireEditor() {
        guard.require(Action.EDIT_CATALOGUE);
    }

    @Transactional
    @Unscoped("the city-wide catalogue: the role matrix (EDIT_CATALOGUE, city admins) is the whole check")
    public ProductCategory create(CategoryDetails details) {
        requireEditor();
        if (categories.existsByCode(details.code().strip().toUpperCase())) {
            throw new BusinessRuleException("code", "catalogue.code.duplicate", details.code());
        }
        if (categories.existsByName(details.name().strip())) {
            throw new BusinessRuleException("name", "catalogue.name.duplicate", details.name());
        }
        ProductCategory c = categories.save(new ProductCategory(details, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, c.getId(), "CREATE", null, null, c.snapshot());
        return c;
    }

    @Transactional
    @Unscoped("the city-wide catalogue: the role matrix (EDIT_CATALOGUE, city admins) is the whole check")
    public ProductCategory update(Long id, long expectedVersion, CategoryDetails details) {
        requireEditor();
        ProductCategory c = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, c.getVersion(), c.snapshot());
        categories.findByName(details.name().strip()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
            throw new BusinessRuleException("name", "catalogue.name.duplicate", details.name());
        });
        Map<String, Object> before = c.snapshot();
        c.update(details, CurrentUser.username(), clock.instant());
        categories.flush();
        audit.record(ENTITY, id, "UPDATE", null, before, c.snapshot());
        return c;
    }

    @Transactional
    @Unscoped("the city-wide catalogue: the role matrix (EDIT_CATALOGUE, city admins) is the whole check")
    public TestItem addItem(Long categoryId, String name, String unit, Limit limit, String method) {
        requireEditor();
        ProductCategory c = get(categoryId);
        Map<String, Object> before = c.snapshot();
        TestItem item = c.addItem(name, unit, limit, method);
        c.update(new CategoryDetails(c.getCode(), c.getName(), c.getNameEn(), c.getRiskClass(), c.getStandard(),
                c.getIndustry(), c.isActive()), CurrentUser.username(), clock.instant());
        categories.flush();
        audit.record(ENTITY, categoryId, "UPDATE", null, before, c.snapshot(), "item added: " + name);
        return item;
    }

    @Transactional
    public TestItem changeItem(Long categoryId, Long itemId, String unit, Limit limit, String method) {
        requireEditor();
        ProductCategory c = get(categoryId);
        TestItem item = c.item(itemId).orElseThrow(() -> new NotFoundException("TestItem", itemId));
        Map<String, Object> before = c.snapshot();
        item.change(unit, limit, method);
        categories.flush();
        audit.record(ENTITY, categoryId, "UPDATE", null, before, c.snapshot(), "item changed: " + item.getName());
        return item;
    }
}

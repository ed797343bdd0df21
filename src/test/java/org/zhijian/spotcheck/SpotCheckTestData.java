package org.zhijian.spotcheck;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.CategoryDetails;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.ProductCategoryRepository;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseRepository;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.support.Fixtures;

/**
 * Spot-check test data on the shared test database: a wood-panel category
 * (甲醛释放量 ≤ 0.124, 含水率 3–13, 标识 pass/fail) with a unique name, and
 * named records the committed LibreOffice fixture refers to.
 */
@Component
public class SpotCheckTestData {

    private final CatalogueService catalogue;
    private final ProductCategoryRepository categories;
    private final EnterpriseRepository enterprises;
    private final UserRepository users;
    private final Fixtures fixtures;

    SpotCheckTestData(CatalogueService catalogue, ProductCategoryRepository categories,
                      EnterpriseRepository enterprises, UserRepository users, Fixtures fixtures) {
        this.catalogue = catalogue;
        this.categories = categories;
        this.enterprises = enterprises;
        this.users = users;
        this.fixtures = fixtures;
    }

    public ProductCategory woodPanel() {
        return woodPanel("人造板" + Fixtures.next());
    }

    public ProductCategory woodPanel(String name) {
        return fixtures.inTransaction(() -> categories.findByName(name).map(c -> catalogue.get(c.getId()))
                .orElseGet(() -> fixtures.asSystemAdmin(() -> {
                    ProductCategory c = catalogue.create(new CategoryDetails("WP" + Fixtures.next(), name,
                            "Wood panel " + name, RiskClass.HIGH, "GB/T 18580-2017", Industry.WOOD_PANEL, true));
                    catalogue.addItem(c.getId(), "甲醛释放量", "mg/m³", Limit.max("0.124"), "GB/T 17657");
                    catalogue.addItem(c.getId(), "含水率", "%", Limit.range("3", "13"), "GB/T 17657");
                    catalogue.addItem(c.getId(), "标识", null, Limit.passFail(), null);
                    return catalogue.get(c.getId());
                })));
    }

    /** A sampling form with two samplers, ready to record; a fresh form number and submission token. */
    public org.zhijian.spotcheck.domain.BatchDetails sampling(Enterprise e, ProductCategory c, User a, User b,
                                                             LocalDate sampledOn) {
        return new org.zhijian.spotcheck.domain.BatchDetails("SC" + Fixtures.next() + "-" + System.nanoTime() % 100000,
                null, e.getId(), c.getId(), "森林", "1220×2440×18mm", "P1", sampledOn.minusDays(20), 3, 3, "张",
                sampledOn, "成品仓库", "台州市产品质量安全检测研究院", java.util.Set.of(a.getId(), b.getId()),
                java.util.UUID.randomUUID().toString());
    }

    /** The page's sampling form as a browser posts it, every numeric item typed as {@code number}, with CSRF. */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder samplingForm(
            String token, String formNumber, Enterprise e, ProductCategory c, User a, User b, LocalDate sampledOn,
            String number) {
        var p = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/spotchecks/batches")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf())
                .param("submissionToken", token).param("formNumber", formNumber)
                .param("enterpriseId", e.getId().toString()).param("categoryId", c.getId().toString())
                .param("sampleQuantity", "3").param("backupQuantity", "3").param("quantityUnit", "张")
                .param("samplingDate", sampledOn.toString()).param("samplingPlace", "成品仓库")
                .param("agency", "台州市产品质量安全检测研究院")
                .param("samplerIds", a.getId().toString(), b.getId().toString())
                .param("testedOn", sampledOn.toString());
        for (int i = 0; i < c.getItems().size(); i++) {
            var item = c.getItems().get(i);
            p.param("results[" + i + "].testItemId", item.getId().toString())
                    .param("results[" + i + "].value", item.getName().equals("标识") ? "pass" : number);
        }
        return p;
    }

    /** Results for the wood panel: formaldehyde as given, moisture 8 %, marking conforming. */
    public java.util.List<org.zhijian.spotcheck.domain.ItemMeasurement> results(ProductCategory c,
                                                                              String formaldehyde) {
        return java.util.List.of(
                new org.zhijian.spotcheck.domain.ItemMeasurement(c.item("甲醛释放量").orElseThrow().getId(),
                        new java.math.BigDecimal(formaldehyde), null),
                new org.zhijian.spotcheck.domain.ItemMeasurement(c.item("含水率").orElseThrow().getId(),
                        new java.math.BigDecimal("8"), null),
                new org.zhijian.spotcheck.domain.ItemMeasurement(c.item("标识").orElseThrow().getId(), null, true));
    }

    public Enterprise enterpriseWithCode(String code, Long districtId) {
        SocialCreditCode c = SocialCreditCode.parse(code);
        return enterprises.findByCreditCode(c).orElseGet(() -> enterprises.save(new Enterprise(
                new EnterpriseDetails("LO夹具企业" + Fixtures.next(), c, districtId, Industry.WOOD_PANEL,
                        EnterpriseStatus.ACTIVE, null, null, null, LocalDate.of(2010, 1, 1)), "fixture",
                Instant.now())));
    }

    public User inspectorNamed(String username, Long districtId) {
        return users.findByUsername(username).orElseGet(() -> {
            User u = fixtures.user(Role.INSPECTOR, districtId);
            return users.save(new User(username, u.getPasswordHash(), username, Role.INSPECTOR, districtId));
        });
    }
}

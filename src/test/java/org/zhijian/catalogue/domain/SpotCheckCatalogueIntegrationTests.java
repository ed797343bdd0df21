package org.zhijian.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

class SpotCheckCatalogueIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CatalogueService catalogue;

    @Test
    void categoryKeepsItsItemsAndLimits() {
        int n = Fixtures.next();
        ProductCategory c = fixtures.asSystemAdmin(() -> catalogue.create(new CategoryDetails("WP" + n,
                "人造板" + n, "Wood panel " + n, RiskClass.HIGH, "GB/T 18580-2017", Industry.WOOD_PANEL, true)));
        fixtures.asSystemAdmin(() -> catalogue.addItem(c.getId(), "甲醛释放量", "mg/m³", Limit.max("0.124"),
                "GB/T 17657"));
        ProductCategory reloaded = fixtures.inTransaction(() -> {
            ProductCategory r = catalogue.get(c.getId());
            r.getItems().size();
            return r;
        });
        assertThat(reloaded.getItems()).singleElement().satisfies(i -> {
            assertThat(i.getName()).isEqualTo("甲醛释放量");
            assertThat(i.limit().judge(new java.math.BigDecimal("0.124"))).isEqualTo(Judgement.PASS);
            assertThat(i.limit().judge(new java.math.BigDecimal("0.125"))).isEqualTo(Judgement.FAIL);
        });
        assertThatThrownBy(() -> fixtures.asSystemAdmin(() -> catalogue.addItem(c.getId(), "甲醛释放量", null,
                Limit.passFail(), null)))
                .isInstanceOf(BusinessRuleException.class);
    }
}

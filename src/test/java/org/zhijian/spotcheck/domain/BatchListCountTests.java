package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.Role;

/**
 * The batch list counts its matches only up to a cap: below it the list shows the same rows and total as
 * a full count; above it the same rows, "more than" the cap, and the next page.
 */
class BatchListCountTests extends PostgresIntegrationTests {

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    District district;
    User inspector;

    @BeforeEach
    void fiveBatches() {
        district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User second = fixtures.user(Role.INSPECTOR, district.getId());
        LocalDate today = batches.today();
        for (int i = 0; i < 5; i++) {
            LocalDate day = today.minusDays(10 + i);
            asInspector(() -> batches.record(data.sampling(enterprise, product, inspector, second, day)));
        }
    }

    @Test
    void belowTheCapTheListShowsTheSameRowsAndTotalAsAFullCount() {
        BatchQuery query = BatchQuery.all(batches.today()).withDistrict(district.getId());
        for (int page = 0; page < 3; page++) {
            PageRequest request = PageRequest.of(page, 2, Sort.by(Sort.Direction.DESC, "samplingDate", "id"));
            Page<BatchRow> full = asInspector(() -> batches.searchRows(query, request));
            CappedPage<BatchRow> capped = asInspector(() -> batches.listRows(query, request, 1000));
            assertThat(capped.isTotalCapped()).isFalse();
            assertThat(capped.getTotalElements()).isEqualTo(full.getTotalElements()).isEqualTo(5);
            assertThat(capped.getTotalPages()).isEqualTo(full.getTotalPages());
            assertThat(capped.hasNext()).isEqualTo(full.hasNext());
            assertThat(ids(capped.getContent())).isEqualTo(ids(full.getContent()));
        }
    }

    @Test
    void aboveTheCapTheListSaysMoreThanAndOffersTheNextPage() {
        BatchQuery query = BatchQuery.all(batches.today()).withDistrict(district.getId());
        PageRequest first = PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "samplingDate", "id"));
        CappedPage<BatchRow> page = asInspector(() -> batches.listRows(query, first, 3));
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.getCap()).isEqualTo(3);
        assertThat(page.getContent()).hasSize(2);
        assertThat(page.hasNext()).isTrue();

        CappedPage<BatchRow> last = asInspector(() -> batches.listRows(query, first.withPage(2), 3));
        assertThat(last.getContent()).hasSize(1);
        assertThat(last.isTotalCapped()).isFalse();
        assertThat(last.getTotalElements()).isEqualTo(5);
        assertThat(last.hasNext()).isFalse();
    }

    private static List<Long> ids(List<BatchRow> rows) {
        return rows.stream().map(BatchRow::id).toList();
    }

    private <T> T asInspector(Supplier<T> work) {
        return fixtures.as(Fixtures.details(inspector), work);
    }
}

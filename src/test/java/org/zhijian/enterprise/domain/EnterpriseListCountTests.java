package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.zhijian.account.domain.User;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.Role;

/**
 * The enterprise list counts its matches only up to a cap (a city's hundred thousand enterprises are not
 * counted on every view): below it the same rows and total as a full count, above it "more than" the cap
 * and the next page.
 */
class EnterpriseListCountTests extends PostgresIntegrationTests {

    @Autowired
    EnterpriseService enterprises;

    District district;
    User head;

    @BeforeEach
    void fiveEnterprises() {
        district = fixtures.district();
        head = fixtures.user(Role.HEAD, district.getId());
        for (int i = 0; i < 5; i++) {
            fixtures.enterprise(district.getId());
        }
    }

    @Test
    void belowTheCapTheListShowsTheSameRowsAndTotalAsAFullCount() {
        EnterpriseQuery query = new EnterpriseQuery(null, district.getId(), null, null);
        for (int page = 0; page < 3; page++) {
            PageRequest request = PageRequest.of(page, 2, Enterprise.BY_NAME);
            Page<Enterprise> full = asHead(() -> enterprises.search(query, request));
            CappedPage<Enterprise> capped = asHead(() -> enterprises.listPage(query, request));
            assertThat(capped.isTotalCapped()).isFalse();
            assertThat(capped.getTotalElements()).isEqualTo(full.getTotalElements()).isEqualTo(5);
            assertThat(capped.hasNext()).isEqualTo(full.hasNext());
            assertThat(ids(capped.getContent())).isEqualTo(ids(full.getContent()));
        }
    }

    @Test
    void aboveTheCapTheListSaysMoreThanAndOffersTheNextPage() {
        EnterpriseQuery query = new EnterpriseQuery(null, district.getId(), null, null);
        PageRequest first = PageRequest.of(0, 2, Enterprise.BY_NAME);
        CappedPage<Enterprise> page = asHead(() -> enterprises.listPage(query, first, 3));
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.getContent()).hasSize(2);
        assertThat(page.hasNext()).isTrue();

        CappedPage<Enterprise> last = asHead(() -> enterprises.listPage(query, first.withPage(2), 3));
        assertThat(last.isTotalCapped()).isFalse();
        assertThat(last.getTotalElements()).isEqualTo(5);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aDistrictHeadCountsOnlyTheirDistrict() {
        District other = fixtures.district();
        fixtures.enterprise(other.getId());
        CappedPage<Enterprise> page = asHead(() -> enterprises.listPage(new EnterpriseQuery(null, null, null, null),
                PageRequest.of(0, 50, Enterprise.BY_NAME)));
        assertThat(page.getContent()).extracting(Enterprise::getDistrictId).containsOnly(district.getId());
        assertThat(page.getTotalElements()).isEqualTo(5);
    }

    private static List<Long> ids(List<Enterprise> rows) {
        return rows.stream().map(Enterprise::getId).toList();
    }

    private <T> T asHead(Supplier<T> work) {
        return fixtures.as(Fixtures.details(head), work);
    }

}

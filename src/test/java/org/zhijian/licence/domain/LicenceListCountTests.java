package org.zhijian.licence.domain;

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
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.security.Role;

/** The licence list counts its matches only up to a cap, as the enterprise and batch lists do. */
class LicenceListCountTests extends PostgresIntegrationTests {

    @Autowired
    LicenceService licences;

    District district;
    User head;

    @BeforeEach
    void fiveLicences() {
        district = fixtures.district();
        head = fixtures.user(Role.HEAD, district.getId());
        for (int i = 0; i < 5; i++) {
            Enterprise e = fixtures.enterprise(district.getId());
            fixtures.licence(e, LocalDate.of(2024, 1, 1).plusDays(i));
        }
    }

    @Test
    void belowTheCapTheSameRowsAndTotalAsAFullCountAboveItMoreThan() {
        LicenceQuery query = LicenceQuery.all().withDistrict(district.getId());
        for (int page = 0; page < 3; page++) {
            PageRequest request = PageRequest.of(page, 2, Sort.by("expiresOn", "id"));
            Page<ProductionLicence> full = asHead(() -> licences.search(query, request));
            CappedPage<ProductionLicence> capped = asHead(() -> licences.listPage(query, request));
            assertThat(capped.isTotalCapped()).isFalse();
            assertThat(capped.getTotalElements()).isEqualTo(full.getTotalElements()).isEqualTo(5);
            assertThat(ids(capped.getContent())).isEqualTo(ids(full.getContent()));
        }
        CappedPage<ProductionLicence> over = asHead(() -> licences.listPage(query,
                PageRequest.of(0, 2, Sort.by("expiresOn", "id")), 3));
        assertThat(over.isTotalCapped()).isTrue();
        assertThat(over.hasNext()).isTrue();
    }

    private static List<Long> ids(List<ProductionLicence> rows) {
        return rows.stream().map(ProductionLicence::getId).toList();
    }

    private <T> T asHead(Supplier<T> work) {
        return fixtures.as(Fixtures.details(head), work);
    }
}

package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;

class EnterpriseServiceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    EnterpriseService service;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    District otherDistrict;
    User admin;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        otherDistrict = fixtures.district();
        admin = fixtures.user(Role.ADMIN, district.getId());
    }

    private EnterpriseDetails details(SocialCreditCode code, String name) {
        return new EnterpriseDetails(name, code, district.getId(), Industry.TOY, EnterpriseStatus.ACTIVE, "地址",
                "张三", "0576-1", LocalDate.of(2015, 3, 1));
    }

    @Test
    void createWritesAnAuditRowAndAnArchiveEntry() {
        SocialCreditCode code = Fixtures.uniqueCreditCode();
        Enterprise e = fixtures.as(Fixtures.details(admin), () -> service.create(details(code, "审计测试有限公司")));

        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Enterprise' "
                + "and entity_id = ? and action = 'CREATE' and actor = ?", Long.class, e.getId(), admin.getUsername()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select after_state from audit_event where entity_type = 'Enterprise' "
                + "and entity_id = ?", String.class, e.getId())).contains("审计测试有限公司").contains(code.value());
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ?", Long.class,
                e.getId())).isEqualTo(1);
    }

    @Test
    void updateAuditsBeforeAndAfter() {
        Enterprise e = fixtures.as(Fixtures.details(admin),
                () -> service.create(details(Fixtures.uniqueCreditCode(), "旧名称有限公司")));
        fixtures.as(Fixtures.details(admin), () -> service.update(e.getId(), e.getVersion(),
                details(e.getCreditCode(), "新名称有限公司")));

        var row = jdbc.queryForMap("select before_state, after_state from audit_event where entity_type = "
                + "'Enterprise' and entity_id = ? and action = 'UPDATE'", e.getId());
        assertThat((String) row.get("before_state")).contains("旧名称有限公司");
        assertThat((String) row.get("after_state")).contains("新名称有限公司");
    }

    @Test
    void staleEditIsRefusedWithTheNewerValues() {
        Enterprise e = fixtures.as(Fixtures.details(admin),
                () -> service.create(details(Fixtures.uniqueCreditCode(), "版本测试有限公司")));
        long openedAt = e.getVersion();
        fixtures.as(Fixtures.details(admin), () -> service.update(e.getId(), openedAt,
                details(e.getCreditCode(), "先保存的名称")));

        assertThatThrownBy(() -> fixtures.as(Fixtures.details(admin), () -> service.update(e.getId(), openedAt,
                details(e.getCreditCode(), "后保存的名称"))))
                .isInstanceOfSatisfying(StaleEditException.class, ex -> {
                    assertThat(ex.getCurrentValues()).containsEntry("name", "先保存的名称");
                    assertThat(ex.getCurrentVersion()).isEqualTo(openedAt + 1);
                });
        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, e.getId()))
                .isEqualTo("先保存的名称");
    }

    @Test
    void oneCodeOneEnterprise() {
        SocialCreditCode code = Fixtures.uniqueCreditCode();
        fixtures.as(Fixtures.details(admin), () -> service.create(details(code, "第一家有限公司")));

        assertThatThrownBy(() -> fixtures.as(Fixtures.details(admin), () -> service.create(details(code, "第二家"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        ex -> assertThat(ex.getMessageCode()).isEqualTo("creditCode.duplicate"));
    }

    @Test
    void anotherDistrictsEnterpriseIsNotFoundAndTheAttemptIsLogged() {
        Enterprise foreign = fixtures.enterprise(otherDistrict.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());

        assertThatThrownBy(() -> fixtures.as(Fixtures.details(inspector), () -> service.get(foreign.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and entity_id = ? and actor = ?", Long.class, foreign.getId(), inspector.getUsername()))
                .isEqualTo(1);
    }

    @Test
    void searchNeverLeavesTheUsersDistrict() {
        Enterprise mine = fixtures.enterprise(district.getId());
        Enterprise foreign = fixtures.enterprise(otherDistrict.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());

        var page = fixtures.as(Fixtures.details(inspector), () -> service.search(
                new EnterpriseQuery(null, otherDistrict.getId(), null, null),
                org.springframework.data.domain.PageRequest.of(0, 500)));
        assertThat(page.getContent()).extracting(Enterprise::getId).contains(mine.getId())
                .doesNotContain(foreign.getId());
    }
}

package org.zhijian.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.TwoFreshInstances;

/**
 * Two production instances (no demo city) started together on an empty database: both come up,
 * and exactly one first admin is created (one instance creates it under the start-up lock, the
 * other finds it there), instead of the second failing to start on the duplicate username.
 */
@Tag("integration")
class FirstAdminTwoInstancesTests {

    static TwoFreshInstances twins;

    @BeforeAll
    static void startTogether() throws Exception {
        twins = TwoFreshInstances.start("--zhijian.demo.enabled=false",
                "--zhijian.bootstrap.admin-username=chief", "--zhijian.bootstrap.admin-password=a-long-secret-123");
    }

    @AfterAll
    static void stop() throws Exception {
        twins.close();
    }

    @Test
    void bothInstancesStartWithOneFirstAdmin() {
        assertThat(twins.failures).isEmpty();
        assertThat(twins.instances).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
        JdbcTemplate jdbc = twins.instances.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'chief'", Integer.class))
                .isEqualTo(1);
    }
}

package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.TwoFreshInstances;

/**
 * Two instances started at the same moment on one empty PostgreSQL database, as
 * when a cluster is first deployed: both come up, and the demo city is loaded
 * once (one instance loads it while the other waits, then finds it there).
 */
@Tag("integration")
class DemoCityTwoInstancesTests {

    static TwoFreshInstances twins;

    @BeforeAll
    static void startTogether() throws Exception {
        twins = TwoFreshInstances.start("--zhijian.demo.enabled=true");
    }

    @AfterAll
    static void stop() throws Exception {
        twins.close();
    }

    @Test
    void bothInstancesStartAndTheDemoCityIsLoadedOnce() {
        assertThat(twins.failures).isEmpty();
        assertThat(twins.instances).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
        JdbcTemplate jdbc = twins.instances.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from district", Integer.class))
                .isEqualTo(DemoCityData.DISTRICTS.length);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
                .isEqualTo(1);
    }
}

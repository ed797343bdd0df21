package org.zhijian.system.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps saving after the pool has retired the connection that ran the
 * migrations (issue 8.2: every insert into a table with an IN check failed after Hikari's
 * max-lifetime, "Check constraint invalid … The database has been closed").
 */
class H2ConnectionRetirementTests extends H2RetirementScenario {

    @Test
    void everyTableTakesWritesAfterThePoolRetiredEveryConnection() throws Exception {
        assertThat(writeEveryTableAfterRetiringEveryConnection()).isEmpty();
    }
}

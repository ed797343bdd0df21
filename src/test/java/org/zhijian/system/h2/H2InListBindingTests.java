package org.zhijian.system.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Why {@link H2CompiledExpressions} exists: without it, H2 2.4.240 refuses writes to the tables
 * with IN checks once the connection that migrated them is gone. When this starts to fail, the
 * H2 in use no longer binds IN lists to a session and the workaround can go.
 */
@TestPropertySource(properties = "zhijian.h2.rebind-in-lists=false")
class H2InListBindingTests extends H2RetirementScenario {

    @Test
    void withoutTheRebindingTheTablesWithInChecksRefuseWritesOnceTheMigratingConnectionIsGone() throws Exception {
        assertThat(writeEveryTableAfterRetiringEveryConnection())
                .anySatisfy(f -> assertThat(f).startsWith("sampling_batch: Check constraint invalid"))
                .anySatisfy(f -> assertThat(f).startsWith("app_user: Check constraint invalid"));
    }
}

package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's one clock runs in the configured business zone, not the JVM's (the suite runs in UTC). */
class ClockConfigTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfig.class);

    @Test
    void theClockIsInBeijingByDefaultAndInTheConfiguredZoneOtherwise() {
        context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
        context.withPropertyValues("zhijian.time-zone=Europe/Berlin")
                .run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }
}

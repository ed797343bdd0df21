package org.zhijian.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bureau's clock, in its business time zone ({@code zhijian.time-zone}, Asia/Shanghai by
 * default) rather than the server's: "today", deadlines, future-date checks and the daily jobs
 * follow the bureau's calendar even on a server that runs in UTC. Code asks this clock for
 * dates ({@code LocalDate.now(clock)}), never the JVM default zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${zhijian.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}

package org.zhijian.system.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The one working-day calendar every statutory clock uses. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    WorkingDayCalendar workingDayCalendar(
            @Value("${zhijian.calendar.file:classpath:calendar/cn-holidays.properties}") Resource file) {
        return WorkingDayCalendar.load(file);
    }
}

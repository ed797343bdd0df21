package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhijian.system.time.WorkingDayCalendar;

/** The configurable thresholds of the penalty procedure (defaults: DOMAIN.md) and the clue clock. */
@Configuration
class EnforcementConfig {

    @Bean
    PenaltyRules penaltyRules(
            @Value("${zhijian.enforcement.serious-fine.person:10000}") BigDecimal seriousPerson,
            @Value("${zhijian.enforcement.serious-fine.organisation:100000}") BigDecimal seriousOrganisation,
            @Value("${zhijian.enforcement.simple-fine.person:200}") BigDecimal simplePerson,
            @Value("${zhijian.enforcement.simple-fine.organisation:3000}") BigDecimal simpleOrganisation) {
        return new PenaltyRules(seriousPerson, seriousOrganisation, simplePerson, simpleOrganisation);
    }

    @Bean
    ClueClock clueClock(WorkingDayCalendar calendar) {
        return new ClueClock(calendar);
    }
}

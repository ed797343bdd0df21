package org.zhijian.risk.classification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defaults for the two seams, used only while no other bean provides them: no spot-check record
 * yet (no failures counted) and product risk by industry.
 */
@Configuration
@EnableConfigurationProperties(ClassificationRules.class)
class ClassificationConfig {

    @Bean
    @ConditionalOnMissingBean(SpotCheckRecordSource.class)
    SpotCheckRecordSource noSpotCheckRecord() {
        return (enterpriseId, since) -> 0;
    }

    @Bean
    @ConditionalOnMissingBean(ProductRiskSource.class)
    ProductRiskSource industryProductRisk(ClassificationRules rules) {
        return new IndustryProductRisk(rules);
    }
}

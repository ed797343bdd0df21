package org.zhijian.classification.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Classification weights and thresholds come from zhijian.risk.classification.* (see ClassificationRules). */
@Configuration
@EnableConfigurationProperties(ClassificationRules.class)
class ClassificationConfig {
}

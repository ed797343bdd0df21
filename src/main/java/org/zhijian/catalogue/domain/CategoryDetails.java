package org.zhijian.catalogue.domain;

import org.zhijian.enterprise.domain.Industry;

/** What an admin types for a category. */
public record CategoryDetails(String code, String name, String nameEn, RiskClass riskClass, String standard,
                              Industry industry, boolean active) {
}

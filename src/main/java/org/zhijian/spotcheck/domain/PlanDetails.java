package org.zhijian.spotcheck.domain;

import java.util.Map;
import java.util.Set;

/** A plan as typed: planned batches per district id (zero or absent = none). */
public record PlanDetails(String code, String title, int year, PlanLevel level, boolean joint, String description,
                          Set<Long> categoryIds, Map<Long, Integer> quotas) {
}

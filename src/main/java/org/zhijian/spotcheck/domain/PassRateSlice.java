package org.zhijian.spotcheck.domain;

import java.time.LocalDate;

/**
 * Which batches a pass rate covers: sampling dates from..to (inclusive) and any
 * of district, product category, plan level, enterprise and plan (null = all).
 */
public record PassRateSlice(LocalDate from, LocalDate to, Long districtId, Long categoryId, PlanLevel level,
                            Long enterpriseId, Long planId) {

    public PassRateSlice {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a pass-rate period needs from <= to");
        }
    }

    public static PassRateSlice period(LocalDate from, LocalDate to) {
        return new PassRateSlice(from, to, null, null, null, null, null);
    }

    public static PassRateSlice year(int year) {
        return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public PassRateSlice withDistrict(Long id) {
        return new PassRateSlice(from, to, id, categoryId, level, enterpriseId, planId);
    }

    public PassRateSlice withCategory(Long id) {
        return new PassRateSlice(from, to, districtId, id, level, enterpriseId, planId);
    }

    public PassRateSlice withLevel(PlanLevel l) {
        return new PassRateSlice(from, to, districtId, categoryId, l, enterpriseId, planId);
    }

    public PassRateSlice withEnterprise(Long id) {
        return new PassRateSlice(from, to, districtId, categoryId, level, id, planId);
    }

    public PassRateSlice withPlan(Long id) {
        return new PassRateSlice(from, to, districtId, categoryId, level, enterpriseId, id);
    }

    /** The same slice a year earlier (29 February falls back to the 28th). */
    public PassRateSlice yearEarlier() {
        return new PassRateSlice(from.minusYears(1), to.minusYears(1), districtId, categoryId, level, enterpriseId,
                planId);
    }
}

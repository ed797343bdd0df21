package org.zhijian.dashboard.domain;

import java.time.LocalDate;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PassRateSlice;

/**
 * What a dashboard or report covers: sampling dates from..to (inclusive), and
 * optionally one plan level, one product category and one district (null = all).
 */
public record DashboardFilter(LocalDate from, LocalDate to, PlanLevel level, Long categoryId, Long districtId) {

    public DashboardFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a dashboard period needs from <= to");
        }
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null);
    }

    /** The same period a year earlier (29 February falls back to the 28th). */
    public DashboardFilter yearEarlier() {
        return new DashboardFilter(from.minusYears(1), to.minusYears(1), level, categoryId, districtId);
    }

    public DashboardFilter withDistrict(Long id) {
        return new DashboardFilter(from, to, level, categoryId, id);
    }

    public DashboardFilter withCategory(Long id) {
        return new DashboardFilter(from, to, level, id, districtId);
    }

    public PassRateSlice toSlice() {
        return new PassRateSlice(from, to, districtId, categoryId, level, null, null);
    }
}

package org.zhijian.dashboard.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.zhijian.spotcheck.domain.PassRate;

/**
 * Everything one dashboard page shows, for the city (districtId null) or one
 * district. Rates carry their year-earlier rate, so the interval and the change
 * in points come from the spot-check {@link PassRate}.
 *
 * @param cityRate the city's rate, shown only to city-level users (null otherwise)
 */
public record DashboardView(DashboardFilter filter, Long districtId, String districtName, PassRate rate,
                            PassRate cityRate, Plan plan, List<DistrictRow> districts, List<ProductRow> products,
                            List<ProductRow> failingProducts, List<MonthRow> trend, Backlog backlog, Risk risk,
                            List<EarlyWarning> warnings) {

    /** Batches done under plans in the period against the batches planned for its years. */
    public record Plan(long sampled, long done, long planned) {

        public Integer percentDone() {
            return planned == 0 ? null : (int) Math.round(100.0 * done / planned);
        }
    }

    /** One district's line: rate, whether its interval lies wholly below the city rate, plan and backlog. */
    public record DistrictRow(long id, String name, PassRate rate, boolean flagged, Plan plan, long overdueSteps,
                              long overdueRectifications, long licencesExpiring, long openHazards,
                              long overdueHazards, long dueForInspection) {
    }

    /** One product's rate in the slice, and its rate per district (the heat map row). */
    public record ProductRow(long id, String name, PassRate rate, Map<Long, PassRate> byDistrict) {
    }

    /** One month of the trend: this period's rate and the same month a year earlier. */
    public record MonthRow(YearMonth month, PassRate rate, PassRate yearEarlier) {
    }

    public record Backlog(long overdueSteps, long overdueRectifications, long licencesExpiring, int horizonDays) {
    }

    /** The risk figures: keys are hazard levels, risk grades and classes as stored. */
    public record Risk(Map<String, Long> openHazardsByLevel, Map<String, Long> overdueHazardsByLevel,
                       Map<String, Long> riskPointsByGrade, Map<String, Long> enterprisesByClass,
                       Map<String, Long> dueByClass) {

        public long openHazards() {
            return sum(openHazardsByLevel);
        }

        public long overdueHazards() {
            return sum(overdueHazardsByLevel);
        }

        public long due() {
            return sum(dueByClass);
        }

        private static long sum(Map<String, Long> m) {
            return m.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}

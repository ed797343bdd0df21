package org.zhijian.dashboard.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.dashboard.domain.DashboardFilter;
import org.zhijian.spotcheck.domain.PlanLevel;

/**
 * The period, level and product chosen on a dashboard or report; the period
 * defaults to the current year up to today, and a reversed range is swapped.
 */
public class FilterForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private PlanLevel level;
    private Long categoryId;
    private Long districtId;

    DashboardFilter toFilter(LocalDate today) {
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : (from != null ? start.plusYears(1).minusDays(1) : today);
        if (end.isBefore(start)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
        from = start;
        to = end;
        return new DashboardFilter(start, end, level, categoryId, districtId);
    }

    /** The query string that carries this filter on every drill-down link. */
    static String query(DashboardFilter f) {
        StringBuilder q = new StringBuilder("from=").append(f.from()).append("&to=").append(f.to());
        if (f.level() != null) {
            q.append("&level=").append(f.level().name());
        }
        if (f.categoryId() != null) {
            q.append("&categoryId=").append(f.categoryId());
        }
        return q.toString();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public void setLevel(PlanLevel level) {
        this.level = level;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }
}

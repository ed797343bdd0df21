package org.zhijian.dashboard.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.spotcheck.domain.FinalVerdict;

/**
 * Keeps dashboard_month_cell: batches, batches under a plan, final verdicts and passes per month x
 * level x product x district. The first refresh counts everything; later ones recount only the months
 * holding a batch changed since the last refresh (with a margin for transactions committing late) or
 * a batch whose objection window closed since then (its failure just became final).
 */
@Component
public class MonthCells {

    static final String NAME = "month-cells";
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final DashboardViews views;

    MonthCells(NamedParameterJdbcTemplate jdbc, Clock clock, DashboardViews views) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.views = views;
    }

    /** Recounts; built dashboard views are dropped only when a recounted cell changed. */
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Timestamp> last = jdbc.queryForList("select refreshed_at from dashboard_refresh where name = :name",
                new MapSqlParameterSource("name", NAME), Timestamp.class);
        if (last.isEmpty()) {
            jdbc.update("delete from dashboard_month_cell", new MapSqlParameterSource());
            recount(null, null, today);
            views.forgetAfterCommit();
        } else {
            Instant since = last.get(0).toInstant().minus(MARGIN);
            LocalDate sinceDay = LocalDate.ofInstant(since, clock.getZone()).minusDays(1);
            List<LocalDate> months = jdbc.queryForList("select distinct cast(date_trunc('month', b.sampling_date)"
                    + " as date) from sampling_batch b where b.updated_at >= :since"
                    + " or (b.objection_deadline >= :sinceDay and b.objection_deadline < :today)",
                    new MapSqlParameterSource("since", Timestamp.from(since)).addValue("sinceDay", sinceDay)
                            .addValue("today", today), LocalDate.class);
            boolean changed = false;
            for (LocalDate month : months) {
                MapSqlParameterSource p = new MapSqlParameterSource("month", month);
                Set<List<Object>> before = cells(p);
                jdbc.update("delete from dashboard_month_cell where month_start = :month", p);
                recount(month, month.plusMonths(1).minusDays(1), today);
                changed |= !before.equals(cells(p));
            }
            if (changed) {
                views.forgetAfterCommit();
            }
        }
        jdbc.update("delete from dashboard_refresh where name = :name", new MapSqlParameterSource("name", NAME));
        jdbc.update("insert into dashboard_refresh (name, refreshed_at) values (:name, :at)",
                new MapSqlParameterSource("name", NAME).addValue("at", Timestamp.from(now)));
    }

    /** One month's cells, as comparable rows. */
    private Set<List<Object>> cells(MapSqlParameterSource month) {
        return new HashSet<>(jdbc.query("select level, category_id, district_id, sampled, planned, finals, passed"
                + " from dashboard_month_cell where month_start = :month", month, (rs, i) -> List.of(
                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7))));
    }

    private void recount(LocalDate from, LocalDate to, LocalDate today) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        String where = "";
        if (from != null) {
            where = " where b.sampling_date >= :from and b.sampling_date <= :to";
            p.addValue("from", from).addValue("to", to);
        }
        jdbc.update("insert into dashboard_month_cell (month_start, level, category_id, district_id, sampled, planned,"
                + " finals, passed) select cast(date_trunc('month', b.sampling_date) as date), b.level, b.category_id,"
                + " b.district_id, count(*), sum(case when b.plan_id is not null then 1 else 0 end),"
                + " sum(case when " + FinalVerdict.SQL + " then 1 else 0 end),"
                + " sum(case when " + FinalVerdict.SQL + " and b.verdict = 'PASS' then 1 else 0 end)"
                + " from sampling_batch b" + where
                + " group by cast(date_trunc('month', b.sampling_date) as date), b.level, b.category_id,"
                + " b.district_id", p);
    }
}

package org.zhijian.dashboard.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zhijian.spotcheck.domain.FinalVerdict;

/**
 * The SQL behind the dashboards. Each method is one aggregate over the base
 * tables, shaped to be answered from the covering indexes of V4_01 (PostgreSQL)
 * and readable by H2 in the embedded demo. No scoping here: the service decides
 * which district (if any) a query is for.
 */
@Repository
class DashboardQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean postgres;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A year of a province is ~40,000 month x district x product groups: with PostgreSQL's default
     * 4 MB work_mem it sorts them on disk (~400 ms); 32 MB for this transaction keeps it a hash
     * aggregate in memory (~60 ms).
     */
    private void roomToAggregate() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")));
        }
        if (postgres) {
            jdbc.getJdbcTemplate().execute("set local work_mem = '32MB'");
        }
    }

    /** The period's counts by month x district and by product x district. */
    Cells cells(DashboardFilter f, LocalDate today) {
        if (wholeMonths(f)) {
            return new Cells(monthCells(f, "c.month_start, c.district_id", true),
                    monthCells(f, "c.category_id, c.district_id", false));
        }
        return Cells.rollUp(batchCells(f, today));
    }

    /** One scan of sampling_batch: counts per month x district x product. */
    private List<RateCell> batchCells(DashboardFilter f, LocalDate today) {
        roomToAggregate();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        String sql = "select extract(year from b.sampling_date) as y, extract(month from b.sampling_date) as m,"
                + " b.district_id, b.category_id, count(*) as sampled,"
                + " sum(case when b.plan_id is not null then 1 else 0 end) as planned,"
                + " sum(case when " + FinalVerdict.SQL + " then 1 else 0 end) as finals,"
                + " sum(case when " + FinalVerdict.SQL + " and b.verdict = 'PASS' then 1 else 0 end) as passed"
                + " from sampling_batch b where " + where(f, p)
                + " group by extract(year from b.sampling_date), extract(month from b.sampling_date),"
                + " b.district_id, b.category_id";
        return jdbc.query(sql, p, (rs, i) -> new RateCell(rs.getInt("y"), rs.getInt("m"), rs.getLong("district_id"),
                rs.getLong("category_id"), rs.getLong("sampled"), rs.getLong("planned"), rs.getLong("finals"),
                rs.getLong("passed")));
    }

    /** A period of whole months is summed from dashboard_month_cell (see MonthCells). */
    static boolean wholeMonths(DashboardFilter f) {
        return f.from().getDayOfMonth() == 1 && f.to().plusDays(1).getDayOfMonth() == 1;
    }

    private List<RateCell> monthCells(DashboardFilter f, String groupBy, boolean byMonth) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", f.from()).addValue("to", f.to());
        StringBuilder w = new StringBuilder("c.month_start >= :from and c.month_start <= :to");
        if (f.level() != null) {
            w.append(" and c.level = :level");
            p.addValue("level", f.level().name());
        }
        if (f.categoryId() != null) {
            w.append(" and c.category_id = :category");
            p.addValue("category", f.categoryId());
        }
        if (f.districtId() != null) {
            w.append(" and c.district_id = :district");
            p.addValue("district", f.districtId());
        }
        String sql = "select " + groupBy + ", sum(c.sampled) as sampled, sum(c.planned) as planned,"
                + " sum(c.finals) as finals, sum(c.passed) as passed from dashboard_month_cell c where " + w
                + " group by " + groupBy;
        return jdbc.query(sql, p, (rs, i) -> {
            LocalDate month = byMonth ? rs.getObject("month_start", LocalDate.class) : null;
            return new RateCell(byMonth ? month.getYear() : 0, byMonth ? month.getMonthValue() : 0,
                    rs.getLong("district_id"), byMonth ? 0 : rs.getLong("category_id"), rs.getLong("sampled"),
                    rs.getLong("planned"), rs.getLong("finals"), rs.getLong("passed"));
        });
    }

    /** Batches planned per district in the plans of the given years (and level, and product). */
    Map<Long, Long> plannedBatches(int fromYear, int toYear, DashboardFilter f) {
        MapSqlParameterSource p = new MapSqlParameterSource("fromYear", fromYear).addValue("toYear", toYear);
        StringBuilder sql = new StringBuilder("select q.district_id as k, sum(q.planned_batches) as n"
                + " from plan_quota q join spot_check_plan pl on pl.id = q.plan_id"
                + " where pl.plan_year between :fromYear and :toYear");
        if (f.level() != null) {
            sql.append(" and pl.level = :level");
            p.addValue("level", f.level().name());
        }
        if (f.categoryId() != null) {
            sql.append(" and exists (select 1 from plan_category pc where pc.plan_id = pl.id"
                    + " and pc.category_id = :category)");
            p.addValue("category", f.categoryId());
        }
        if (f.districtId() != null) {
            sql.append(" and q.district_id = :district");
            p.addValue("district", f.districtId());
        }
        sql.append(" group by q.district_id");
        return countsByKey(sql.toString(), p);
    }

    /** The rate of the whole slice only (the city rate a district is compared with): no grouping. */
    org.zhijian.spotcheck.domain.PassRate rate(DashboardFilter f, LocalDate today) {
        if (wholeMonths(f)) {
            long finals = 0;
            long passed = 0;
            for (RateCell c : monthCells(f, "c.category_id, c.district_id", false)) {
                finals += c.finals();
                passed += c.passed();
            }
            return org.zhijian.spotcheck.domain.PassRate.of(finals, passed, 0, 0);
        }
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        String sql = "select sum(case when " + FinalVerdict.SQL + " then 1 else 0 end) as finals,"
                + " sum(case when " + FinalVerdict.SQL + " and b.verdict = 'PASS' then 1 else 0 end) as passed"
                + " from sampling_batch b where " + where(f, p);
        return jdbc.queryForObject(sql, p, (rs, i) -> org.zhijian.spotcheck.domain.PassRate.of(
                rs.getLong("finals"), rs.getLong("passed"), 0, 0));
    }

    /** Enterprises with batches in the slice, worst first: the product -> enterprise drill-down. */
    List<EnterpriseRow> enterprises(DashboardFilter f, LocalDate today, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("limit", limit);
        String sql = "select * from (select b.enterprise_id, e.name, e.district_id, count(*) as sampled,"
                + " sum(case when " + FinalVerdict.SQL + " then 1 else 0 end) as finals,"
                + " sum(case when " + FinalVerdict.SQL + " and b.verdict = 'PASS' then 1 else 0 end) as passed"
                + " from sampling_batch b join enterprise e on e.id = b.enterprise_id where " + where(f, p)
                + " group by b.enterprise_id, e.name, e.district_id) x"
                + " order by x.finals - x.passed desc, x.sampled desc, x.name limit :limit";
        return jdbc.query(sql, p, (rs, i) -> new EnterpriseRow(rs.getLong("enterprise_id"), rs.getString("name"),
                rs.getLong("district_id"), rs.getLong("sampled"), rs.getLong("finals"), rs.getLong("passed")));
    }

    /** The batches of one enterprise in the slice: the enterprise -> batch drill-down. */
    List<BatchRow> batches(DashboardFilter f, long enterpriseId, LocalDate today, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("limit", limit)
                .addValue("enterprise", enterpriseId);
        String sql = "select b.id, b.form_number, b.sampling_date, b.category_id, b.district_id, b.level,"
                + " b.verdict, b.status, case when " + FinalVerdict.SQL + " then 1 else 0 end as final_verdict"
                + " from sampling_batch b where b.enterprise_id = :enterprise and " + where(f, p)
                + " order by b.sampling_date desc, b.id desc limit :limit";
        return jdbc.query(sql, p, (rs, i) -> new BatchRow(rs.getLong("id"), rs.getString("form_number"),
                rs.getObject("sampling_date", LocalDate.class), rs.getLong("category_id"), rs.getLong("district_id"),
                rs.getString("level"), rs.getString("verdict"), rs.getString("status"),
                rs.getInt("final_verdict") == 1));
    }

    /** District of an enterprise, or null when there is no such enterprise. */
    Long districtOfEnterprise(long enterpriseId) {
        List<Long> ids = jdbc.queryForList("select district_id from enterprise where id = :id",
                new MapSqlParameterSource("id", enterpriseId), Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    String enterpriseName(long enterpriseId) {
        List<String> names = jdbc.queryForList("select name from enterprise where id = :id",
                new MapSqlParameterSource("id", enterpriseId), String.class);
        return names.isEmpty() ? null : names.get(0);
    }

    private static String where(DashboardFilter f, MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder("b.sampling_date >= :from and b.sampling_date <= :to");
        p.addValue("from", f.from()).addValue("to", f.to());
        if (f.level() != null) {
            w.append(" and b.level = :level");
            p.addValue("level", f.level().name());
        }
        if (f.categoryId() != null) {
            w.append(" and b.category_id = :category");
            p.addValue("category", f.categoryId());
        }
        if (f.districtId() != null) {
            w.append(" and b.district_id = :district");
            p.addValue("district", f.districtId());
        }
        return w.toString();
    }

    private Map<Long, Long> countsByKey(String sql, MapSqlParameterSource p) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            result.put(rs.getLong("k"), rs.getLong("n"));
        });
        return result;
    }
}

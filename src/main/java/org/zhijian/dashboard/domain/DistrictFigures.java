package org.zhijian.dashboard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.dashboard.domain.DistrictFigure.Kind;
import org.zhijian.spotcheck.domain.BatchStatus;

/**
 * Counts the period-independent dashboard figures per district into dashboard_figure, replacing
 * the previous counts in one transaction (readers see the old or the new set, never half).
 * Hazards are open until closed and overdue while still notified past the deadline (the rule of
 * the escalation job); an enterprise's class is its override when there is one.
 */
@Component
public class DistrictFigures {

    private static final String IN_POST_PROCESSING = BatchStatus.inPostProcessing().stream()
            .map(s -> "'" + s.name() + "'").sorted().reduce((a, b) -> a + ", " + b).orElseThrow();

    private final NamedParameterJdbcTemplate jdbc;
    private final DashboardProperties properties;
    private final Clock clock;
    private final DashboardViews views;

    DistrictFigures(NamedParameterJdbcTemplate jdbc, DashboardProperties properties, Clock clock,
                    DashboardViews views) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.views = views;
    }

    @Transactional
    public void refresh() {
        views.forgetAfterCommit();
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = new MapSqlParameterSource("today", today)
                .addValue("since", today.minusDays(properties.hazardClusterWindowDays()))
                .addValue("horizon", today.plusDays(properties.licenceHorizonDays()));
        jdbc.update("delete from dashboard_figure", p);
        String hazards = " from hazard h join enterprise e on e.id = h.enterprise_id";
        String classes = " from enterprise_class c join enterprise e on e.id = c.enterprise_id";
        String effectiveClass = "coalesce(c.override_class, c.computed_class)";
        insert(Kind.OPEN_HAZARD, "e.district_id", "h.level", hazards + " where h.status <> 'CLOSED'", p);
        insert(Kind.OVERDUE_HAZARD, "e.district_id", "h.level",
                hazards + " where h.status = 'NOTIFIED' and h.deadline < :today", p);
        insert(Kind.RECENT_OPEN_HAZARD, "e.district_id", "e.industry",
                hazards + " where h.status <> 'CLOSED' and h.found_on >= :since", p);
        insert(Kind.RISK_POINT, "e.district_id", "r.grade",
                " from risk_point r join enterprise e on e.id = r.enterprise_id", p);
        insert(Kind.CLASS, "e.district_id", effectiveClass, classes, p);
        insert(Kind.DUE_FOR_INSPECTION, "e.district_id", effectiveClass, classes + " where c.next_due_on <= :today",
                p);
        insert(Kind.LICENCE_EXPIRING, "e.district_id", "''", " from production_licence l"
                + " join enterprise e on e.id = l.enterprise_id"
                + " where l.status = 'VALID' and l.expires_on between :today and :horizon", p);
        insert(Kind.OVERDUE_STEP, "b.district_id", "''", " from sampling_batch b"
                + " where b.status in (" + IN_POST_PROCESSING + ") and b.step_due_on < :today", p);
        insert(Kind.OVERDUE_RECTIFICATION, "b.district_id", "''", " from sampling_batch b"
                + " where b.status = 'RECTIFICATION_ORDERED' and b.rectification_deadline < :today", p);
        jdbc.update("delete from dashboard_refresh where name = 'figures'", p);
        jdbc.update("insert into dashboard_refresh (name, refreshed_at) values ('figures', :now)",
                new MapSqlParameterSource("now", java.sql.Timestamp.from(clock.instant())));
    }

    private void insert(Kind kind, String district, String key, String fromWhere, MapSqlParameterSource p) {
        jdbc.update("insert into dashboard_figure (district_id, kind, figure_key, n) select " + district + ", '"
                + kind.name() + "', " + key + ", count(*)" + fromWhere + " group by " + district
                + ("''".equals(key) ? "" : ", " + key), p);
    }

    /** The stored figures of one district, or of all when districtId is null. */
    @Transactional(readOnly = true)
    public List<DistrictFigure> read(Long districtId) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "select district_id, kind, figure_key, n from dashboard_figure";
        if (districtId != null) {
            sql += " where district_id = :district";
            p.addValue("district", districtId);
        }
        return jdbc.query(sql, p, (rs, i) -> new DistrictFigure(rs.getLong(1), Kind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getLong(4)));
    }
}

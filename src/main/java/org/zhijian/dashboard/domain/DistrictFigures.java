package org.zhijian.dashboard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.dashboard.domain.DistrictFigure.Kind;
import org.zhijian.licence.domain.LicenceQuery;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.classification.domain.DueForInspection;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardQuery;
import org.zhijian.spotcheck.domain.BatchQuery;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.jpa.GroupedCounts;

/**
 * Counts the period-independent dashboard figures per district into dashboard_figure, replacing
 * the previous counts in one transaction (readers see the old or the new set, never half).
 * A figure that opens a list (open and overdue hazards, enterprises due for inspection, licences
 * expiring, overdue steps and rectifications) is counted with the specification of that list, so the
 * figure is the number of rows the list shows; an enterprise's class is its override when there is one.
 */
@Component
public class DistrictFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final DashboardProperties properties;
    private final Clock clock;
    private final DashboardViews views;
    private final GroupedCounts counts;

    DistrictFigures(NamedParameterJdbcTemplate jdbc, DashboardProperties properties, Clock clock,
                    DashboardViews views, GroupedCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.properties = properties;
        this.clock = clock;
        this.views = views;
    }

    /**
     * Recounts; built dashboard views are dropped only when a figure changed (most minutes nothing does,
     * and the views then stay served from memory).
     */
    @Transactional
    public void refresh() {
        Set<DistrictFigure> before = new HashSet<>(read(null));
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = new MapSqlParameterSource("today", today)
                .addValue("since", today.minusDays(properties.hazardClusterWindowDays()));
        jdbc.update("delete from dashboard_figure", p);
        String hazards = " from hazard h join enterprise e on e.id = h.enterprise_id";
        String classes = " from enterprise_class c join enterprise e on e.id = c.enterprise_id";
        String effectiveClass = "coalesce(c.override_class, c.computed_class)";
        insert(Kind.RECENT_OPEN_HAZARD, "e.district_id", "e.industry",
                hazards + " where h.status <> 'CLOSED' and h.found_on >= :since", p);
        insert(Kind.RISK_POINT, "e.district_id", "r.grade",
                " from risk_point r join enterprise e on e.id = r.enterprise_id", p);
        insert(Kind.CLASS, "e.district_id", effectiveClass, classes, p);
        // the figures that open a list are counted with that list's own query
        GroupedCounts.By<Hazard> hazardDistrict = (h, cb) -> h.get("enterprise").get("districtId");
        GroupedCounts.By<Hazard> hazardLevel = (h, cb) -> h.get("level");
        insert(Kind.OPEN_HAZARD, counts.count(Hazard.class, HazardQuery.open().toSpecification(today),
                hazardDistrict, hazardLevel));
        insert(Kind.OVERDUE_HAZARD, counts.count(Hazard.class, HazardQuery.overdue().toSpecification(today),
                hazardDistrict, hazardLevel));
        insert(Kind.DUE_FOR_INSPECTION, counts.count(EnterpriseClass.class,
                DueForInspection.by(today).toSpecification(), (c, cb) -> c.get("enterprise").get("districtId"),
                (c, cb) -> cb.coalesce(c.get("overrideClass"), c.get("computedClass"))));
        insert(Kind.LICENCE_EXPIRING, counts.count(ProductionLicence.class,
                LicenceQuery.expiring(today, properties.licenceHorizonDays()).toSpecification(),
                (l, cb) -> l.get("enterprise").get("districtId"), null));
        GroupedCounts.By<SamplingBatch> batchDistrict = (b, cb) -> b.get("districtId");
        insert(Kind.OVERDUE_STEP, counts.count(SamplingBatch.class, BatchQuery.overdue(today).toSpecification(),
                batchDistrict, null));
        insert(Kind.OVERDUE_RECTIFICATION, counts.count(SamplingBatch.class,
                BatchQuery.overdueRectifications(today).toSpecification(), batchDistrict, null));
        jdbc.update("delete from dashboard_refresh where name = 'figures'", p);
        jdbc.update("insert into dashboard_refresh (name, refreshed_at) values ('figures', :now)",
                new MapSqlParameterSource("now", java.sql.Timestamp.from(clock.instant())));
        if (!before.equals(new HashSet<>(read(null)))) {
            views.forgetAfterCommit();
        }
    }

    private void insert(Kind kind, String district, String key, String fromWhere, MapSqlParameterSource p) {
        jdbc.update("insert into dashboard_figure (district_id, kind, figure_key, n) select " + district + ", '"
                + kind.name() + "', " + key + ", count(*)" + fromWhere + " group by " + district
                + ("''".equals(key) ? "" : ", " + key), p);
    }

    private void insert(Kind kind, List<GroupedCounts.Group> groups) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (GroupedCounts.Group g : groups) {
            String key = g.key() == null ? "" : g.key() instanceof Enum<?> e ? e.name() : g.key().toString();
            rows.add(new MapSqlParameterSource("district", g.group()).addValue("kind", kind.name())
                    .addValue("key", key).addValue("n", g.count()));
        }
        jdbc.batchUpdate("insert into dashboard_figure (district_id, kind, figure_key, n)"
                + " values (:district, :kind, :key, :n)", rows.toArray(MapSqlParameterSource[]::new));
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

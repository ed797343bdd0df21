package org.zhijian.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zhijian.dashboard.domain.RiskCount.Kind;

/**
 * The risk side of the dashboards, counted per district of the enterprise: hazards
 * open (not closed) and overdue (still notified past the deadline, the rule of the
 * escalation job) by level, risk points by grade, enterprises by effective class
 * (an override wins) and due for inspection, and open hazards found recently by
 * industry (the input of the hazard-cluster warning).
 */
@Repository
class RiskQueries {

    private final NamedParameterJdbcTemplate jdbc;

    RiskQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RiskCount> counts(Long districtId, LocalDate today, LocalDate recentSince) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("since", recentSince);
        String district = "";
        if (districtId != null) {
            district = " and e.district_id = :district";
            p.addValue("district", districtId);
        }
        List<RiskCount> out = new ArrayList<>();
        add(out, Kind.OPEN_HAZARD, "select e.district_id as d, h.level as k, count(*) as n from hazard h"
                + " join enterprise e on e.id = h.enterprise_id where h.status <> 'CLOSED'" + district
                + " group by e.district_id, h.level", p);
        add(out, Kind.OVERDUE_HAZARD, "select e.district_id as d, h.level as k, count(*) as n from hazard h"
                + " join enterprise e on e.id = h.enterprise_id where h.status = 'NOTIFIED' and h.deadline < :today"
                + district + " group by e.district_id, h.level", p);
        add(out, Kind.RECENT_OPEN_HAZARD, "select e.district_id as d, e.industry as k, count(*) as n from hazard h"
                + " join enterprise e on e.id = h.enterprise_id where h.status <> 'CLOSED' and h.found_on >= :since"
                + district + " group by e.district_id, e.industry", p);
        add(out, Kind.RISK_POINT, "select e.district_id as d, r.grade as k, count(*) as n from risk_point r"
                + " join enterprise e on e.id = r.enterprise_id where 1 = 1" + district
                + " group by e.district_id, r.grade", p);
        add(out, Kind.CLASS, "select e.district_id as d, coalesce(c.override_class, c.computed_class) as k,"
                + " count(*) as n from enterprise_class c join enterprise e on e.id = c.enterprise_id where 1 = 1"
                + district + " group by e.district_id, coalesce(c.override_class, c.computed_class)", p);
        add(out, Kind.DUE_FOR_INSPECTION, "select e.district_id as d,"
                + " coalesce(c.override_class, c.computed_class) as k, count(*) as n from enterprise_class c"
                + " join enterprise e on e.id = c.enterprise_id where c.next_due_on <= :today" + district
                + " group by e.district_id, coalesce(c.override_class, c.computed_class)", p);
        return out;
    }

    private void add(List<RiskCount> out, Kind kind, String sql, MapSqlParameterSource p) {
        jdbc.query(sql, p, rs -> {
            out.add(new RiskCount(rs.getLong("d"), kind, rs.getString("k"), rs.getLong("n")));
        });
    }
}

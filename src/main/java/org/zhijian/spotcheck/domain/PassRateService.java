package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.security.AccessGuard;

/**
 * Pass rates over any slice, from final verdicts only ({@link FinalVerdict#SQL}),
 * aggregated in the database in one scan of sampling_batch (indexed by sampling
 * date with district, category and enterprise). A district user always gets
 * their own district, whatever slice they ask for. Dashboards reuse
 * {@link #rate}, {@link #byDistrict}, {@link #byCategory} and {@link #byMonth}.
 */
@Service
@Transactional(readOnly = true)
public class PassRateService {

    private static final String AGGREGATES = "count(*) as batches,"
            + " coalesce(sum(case when b.verdict = 'PASS' then 1 else 0 end), 0) as passed,"
            + " count(distinct b.enterprise_id) as enterprises, count(distinct b.category_id) as products";

    private final NamedParameterJdbcTemplate jdbc;
    private final Districts districts;
    private final CatalogueService catalogue;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessGuard guard;

    PassRateService(NamedParameterJdbcTemplate jdbc, Districts districts, CatalogueService catalogue,
                    MessageSource messages, Clock clock, AccessGuard guard) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
        this.guard = guard;
    }

    /** The rate of a slice, with the same slice a year earlier for the change in points. */
    public PassRate rate(PassRateSlice slice) {
        PassRateSlice scoped = scoped(slice);
        return single(scoped).withPrevious(single(scoped.yearEarlier()));
    }

    /** The summary sentence of a slice in the current locale. */
    public String summary(PassRateSlice slice) {
        return SummarySentence.of(rate(slice), messages, LocaleContextHolder.getLocale());
    }

    public List<RateGroup> byDistrict(PassRateSlice slice) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, District> names = districts.byId();
        return grouped(slice, "b.district_id", "b.district_id", row -> ((Number) row).longValue(),
                key -> names.containsKey(key) ? names.get(key).name(locale) : String.valueOf(key));
    }

    public List<RateGroup> byCategory(PassRateSlice slice) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ProductCategory c : catalogue.all()) {
            names.put(c.getId(), c.name(locale));
        }
        return grouped(slice, "b.category_id", "b.category_id", row -> ((Number) row).longValue(),
                key -> names.getOrDefault(key, String.valueOf(key)));
    }

    public List<RateGroup> byEnterprise(PassRateSlice slice) {
        return grouped(slice, "b.enterprise_id", "b.enterprise_id", row -> ((Number) row).longValue(),
                String::valueOf);
    }

    /** Per month of sampling (key "2026-03"). */
    public List<RateGroup> byMonth(PassRateSlice slice) {
        return grouped(slice, "extract(year from b.sampling_date) * 100 + extract(month from b.sampling_date)",
                "1", row -> {
                    int ym = ((Number) row).intValue();
                    return YearMonth.of(ym / 100, ym % 100);
                }, Object::toString);
    }

    private <K> List<RateGroup> grouped(PassRateSlice slice, String keyExpr, String orderExpr,
                                        Function<Object, K> key, Function<K, String> label) {
        PassRateSlice scoped = scoped(slice);
        PassRate overall = single(scoped);
        Map<K, PassRate> previous = new LinkedHashMap<>();
        queryGroups(scoped.yearEarlier(), keyExpr, orderExpr, key, (k, r) -> previous.put(shift(k), r));
        List<RateGroup> groups = new ArrayList<>();
        queryGroups(scoped, keyExpr, orderExpr, key, (k, r) -> {
            PassRate withPrevious = r.withPrevious(previous.get(k));
            groups.add(new RateGroup(k, label.apply(k), withPrevious,
                    !overall.isEmpty() && r.interval().whollyBelow(overall.rate())));
        });
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static <K> K shift(K key) {
        return key instanceof YearMonth ym ? (K) ym.plusYears(1) : key;
    }

    private <K> void queryGroups(PassRateSlice slice, String keyExpr, String orderExpr, Function<Object, K> key,
                                 java.util.function.BiConsumer<K, PassRate> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + keyExpr + " as k, " + AGGREGATES + " from sampling_batch b where "
                + where(slice, params) + " group by " + keyExpr + " order by " + orderExpr;
        jdbc.query(sql, params, rs -> {
            sink.accept(key.apply(rs.getObject("k")), PassRate.of(rs.getLong("batches"), rs.getLong("passed"),
                    rs.getLong("enterprises"), rs.getLong("products")));
        });
    }

    private PassRate single(PassRateSlice slice) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + AGGREGATES + " from sampling_batch b where " + where(slice, params);
        return jdbc.queryForObject(sql, params, (rs, i) -> PassRate.of(rs.getLong("batches"), rs.getLong("passed"),
                rs.getLong("enterprises"), rs.getLong("products")));
    }

    private String where(PassRateSlice s, MapSqlParameterSource params) {
        StringBuilder w = new StringBuilder(FinalVerdict.SQL)
                .append(" and b.sampling_date >= :from and b.sampling_date <= :to");
        params.addValue("today", LocalDate.now(clock)).addValue("from", s.from()).addValue("to", s.to());
        if (s.districtId() != null) {
            w.append(" and b.district_id = :district");
            params.addValue("district", s.districtId());
        }
        if (s.categoryId() != null) {
            w.append(" and b.category_id = :category");
            params.addValue("category", s.categoryId());
        }
        if (s.level() != null) {
            w.append(" and b.level = :level");
            params.addValue("level", s.level().name());
        }
        if (s.enterpriseId() != null) {
            w.append(" and b.enterprise_id = :enterprise");
            params.addValue("enterprise", s.enterpriseId());
        }
        if (s.planId() != null) {
            w.append(" and b.plan_id = :plan");
            params.addValue("plan", s.planId());
        }
        return w.toString();
    }

    private PassRateSlice scoped(PassRateSlice slice) {
        return slice.withDistrict(guard.narrow(slice.districtId()));
    }
}

package org.zhijian.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.zhijian.dashboard.domain.DashboardView;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.DashboardView.MonthRow;
import org.zhijian.dashboard.domain.DashboardView.ProductRow;
import org.zhijian.riskpoint.domain.RiskGrade;
import org.zhijian.spotcheck.domain.PassRate;
import tools.jackson.databind.json.JsonMapper;

/** The data of a dashboard's ECharts, shaped for dashboard.js and passed to the page as JSON. */
final class ChartData {

    private ChartData() {
    }

    /** JSON safe to place inside a script element: no "<" can close it. */
    static String json(JsonMapper mapper, Object data) {
        return mapper.writeValueAsString(data).replace("<", "\\u003c");
    }

    static Map<String, Object> of(DashboardView v, MessageSource messages, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trend", trend(v.trend(), messages, locale));
        data.put("heat", heat(v, messages, locale));
        data.put("hazards", distribution(v.risk().openHazardsByLevel(), "risk.hazard.level.", messages, locale));
        data.put("grades", distribution(v.risk().riskPointsByGrade(), "risk.grade.", messages, locale));
        data.put("classes", distribution(v.risk().enterprisesByClass(), "risk.class.", messages, locale));
        data.put("labels", Map.of("rate", messages.getMessage("dashboard.rate", null, locale),
                "none", messages.getMessage("dashboard.chart.none", null, locale)));
        return data;
    }

    private static Map<String, Object> trend(List<MonthRow> months, MessageSource messages, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> now = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        for (MonthRow m : months) {
            labels.add(m.month().toString());
            now.add(m.rate().percent());
            before.add(m.yearEarlier().percent());
        }
        return Map.of("months", labels, "now", now, "before", before,
                "nowLabel", messages.getMessage("dashboard.chart.thisPeriod", null, locale),
                "beforeLabel", messages.getMessage("dashboard.chart.yearEarlier", null, locale));
    }

    private static Map<String, Object> heat(DashboardView v, MessageSource messages, Locale locale) {
        List<String> districts = v.districts().stream().map(DistrictRow::name).toList();
        List<String> products = new ArrayList<>();
        List<List<Object>> cells = new ArrayList<>();
        for (ProductRow p : v.products()) {
            int y = products.size();
            products.add(p.name());
            for (int x = 0; x < v.districts().size(); x++) {
                PassRate r = p.byDistrict().get(v.districts().get(x).id());
                if (r != null && !r.isEmpty()) {
                    cells.add(List.of(x, y, r.percent(), r.batches()));
                }
            }
        }
        return Map.of("districts", districts, "products", products, "cells", cells);
    }

    private static List<Map<String, Object>> distribution(Map<String, Long> counts, String prefix,
                                                          MessageSource messages, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", messages.getMessage(prefix + k, null, k, locale));
            item.put("value", n);
            if (prefix.startsWith("risk.grade")) {
                item.put("itemStyle", Map.of("color", RiskGrade.valueOf(k).hex()));
            }
            out.add(item);
        });
        return out;
    }
}

package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The enforcement figures (执法统计): per district and month, cases opened and closed, fines imposed
 * (by decision month) and collected (by payment month); and per district the cases overdue today.
 * Computed in one place from the cases, so the page, the export and the tests agree.
 */
public record EnforcementFigures(List<Row> rows, Map<Long, Long> overdueByDistrict, Row total, long overdue) {

    public record Row(Long districtId, YearMonth month, long opened, long closed, BigDecimal finesImposed,
                      BigDecimal finesCollected) {

        Row plus(Row o) {
            return new Row(districtId, month, opened + o.opened, closed + o.closed, finesImposed.add(o.finesImposed),
                    finesCollected.add(o.finesCollected));
        }
    }

    public static EnforcementFigures of(Collection<EnforcementCase> cases, LocalDate today) {
        Map<String, Row> cells = new TreeMap<>();
        Map<Long, Long> overdue = new TreeMap<>();
        for (EnforcementCase k : cases) {
            Long d = k.getDistrictId();
            add(cells, new Row(d, YearMonth.from(k.getOpenedOn()), 1, 0, BigDecimal.ZERO, BigDecimal.ZERO));
            if (k.getClosedOn() != null) {
                add(cells, new Row(d, YearMonth.from(k.getClosedOn()), 0, 1, BigDecimal.ZERO, BigDecimal.ZERO));
            }
            if (k.getDecidedOn() != null && k.getFine() != null) {
                add(cells, new Row(d, YearMonth.from(k.getDecidedOn()), 0, 0, k.getFine(), BigDecimal.ZERO));
            }
            if (k.getPaidOn() != null && k.getPaidAmount() != null) {
                add(cells, new Row(d, YearMonth.from(k.getPaidOn()), 0, 0, BigDecimal.ZERO, k.getPaidAmount()));
            }
            if (k.isOverdueOn(today)) {
                overdue.merge(d, 1L, Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>(cells.values());
        Row total = new Row(null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        for (Row r : rows) {
            total = total.plus(r);
        }
        long overdueTotal = overdue.values().stream().mapToLong(Long::longValue).sum();
        return new EnforcementFigures(rows, overdue, total, overdueTotal);
    }

    private static void add(Map<String, Row> cells, Row r) {
        cells.merge(r.month() + "|" + String.format("%012d", r.districtId()), r, Row::plus);
    }
}

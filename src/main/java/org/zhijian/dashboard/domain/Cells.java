package org.zhijian.dashboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two roll-ups a dashboard is built from: month x district cells (category 0), which give the
 * total, the districts and the trend; and product x district cells (year and month 0), which give
 * the products and the heat map. Asking the database for these two instead of month x district x
 * product keeps a province's year to ~5,000 rows instead of ~40,000.
 */
record Cells(List<RateCell> byMonth, List<RateCell> byProduct) {

    /** Rolls month x district x product cells up into the two views. */
    static Cells rollUp(List<RateCell> cells) {
        Map<List<Long>, RateCell> months = new LinkedHashMap<>();
        Map<List<Long>, RateCell> products = new LinkedHashMap<>();
        for (RateCell c : cells) {
            months.merge(List.of((long) c.year(), (long) c.month(), c.districtId()),
                    new RateCell(c.year(), c.month(), c.districtId(), 0, c.sampled(), c.planned(), c.finals(),
                            c.passed()), Cells::plus);
            products.merge(List.of(c.categoryId(), c.districtId()),
                    new RateCell(0, 0, c.districtId(), c.categoryId(), c.sampled(), c.planned(), c.finals(),
                            c.passed()), Cells::plus);
        }
        return new Cells(new ArrayList<>(months.values()), new ArrayList<>(products.values()));
    }

    private static RateCell plus(RateCell a, RateCell b) {
        return new RateCell(a.year(), a.month(), a.districtId(), a.categoryId(), a.sampled() + b.sampled(),
                a.planned() + b.planned(), a.finals() + b.finals(), a.passed() + b.passed());
    }
}

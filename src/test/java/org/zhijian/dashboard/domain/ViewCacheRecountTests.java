package org.zhijian.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The minute recount drops the built dashboard views only when a figure changed: a recount that finds
 * the same counts leaves them served from memory, one that finds a new licence expiring drops them.
 */
class ViewCacheRecountTests extends PostgresIntegrationTests {

    @Autowired
    DistrictFigures figures;

    @Autowired
    MonthCells cells;

    @Autowired
    DashboardViews views;

    private final AtomicInteger builds = new AtomicInteger();

    private final Supplier<DashboardView> build = () -> {
        builds.incrementAndGet();
        return new DashboardView(DashboardFilter.year(2025), null, null, null, null, null, null, null, null, null,
                null, null, null);
    };

    @Test
    void aRecountThatFindsTheSameFiguresKeepsTheViewsAndOneThatFindsAChangeDropsThem() {
        recount();
        DashboardViews.Key key = new DashboardViews.Key(DashboardFilter.year(2025), true, Locale.ROOT,
                LocalDate.of(2026, 1, 1));
        views.get(key, build);

        recount();
        views.get(key, build);
        assertThat(builds).as("built again after a recount that changed nothing").hasValue(1);

        Enterprise e = fixtures.enterprise(fixtures.district().getId());
        fixtures.licence(e, LocalDate.now().minusYears(5).plusDays(30));
        recount();
        views.get(key, build);
        assertThat(builds).as("built again after a recount that found a new expiring licence").hasValue(2);
    }

    private void recount() {
        figures.refresh();
        cells.refresh();
    }
}

package org.zhijian.dashboard.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recounts the period-independent dashboard figures and the changed months of the month cells every
 * minute (zhijian.dashboard.refresh-interval) and once the application is ready; locked so only one
 * instance counts at a time, and the lock is kept for the whole interval (lockAtLeastFor) so several
 * instances together count once per interval rather than once each. An instance's own next run starts
 * a full interval after its previous run ended, so it never meets its own lock. Dashboards may
 * therefore lag the records by up to the interval; the
 * spot-check pass-rate pages and the report's summary sentence are always live.
 */
@Component
class DistrictFiguresJob {

    private static final Logger log = LoggerFactory.getLogger(DistrictFiguresJob.class);

    private final DistrictFigures figures;
    private final MonthCells cells;

    DistrictFiguresJob(DistrictFigures figures, MonthCells cells) {
        this.figures = figures;
        this.cells = cells;
    }

    @Scheduled(fixedDelayString = "${zhijian.dashboard.refresh-interval:PT1M}",
            initialDelayString = "${zhijian.dashboard.refresh-interval:PT1M}")
    @SchedulerLock(name = "dashboard-figures", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${zhijian.dashboard.refresh-interval:PT1M}")
    void refresh() {
        figures.refresh();
        cells.refresh();
    }

    /**
     * The first count at start-up. Not locked: a second instance starting at the same moment may
     * collide on the month cells; it then leaves the count to the next scheduled (locked) run
     * rather than fail to start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            refresh();
        } catch (DataAccessException e) {
            log.warn("Dashboard figures not counted at start-up ({}); the scheduled job will", e.getMessage());
        }
    }
}

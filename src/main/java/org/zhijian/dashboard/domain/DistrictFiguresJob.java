package org.zhijian.dashboard.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recounts the period-independent dashboard figures every minute (zhijian.dashboard.refresh-interval)
 * and once the application is ready; locked so only one instance counts at a time. Dashboards may
 * therefore lag the records by up to the interval on hazards, classes, licences and overdue steps;
 * pass rates are always computed live.
 */
@Component
class DistrictFiguresJob {

    private final DistrictFigures figures;

    DistrictFiguresJob(DistrictFigures figures) {
        this.figures = figures;
    }

    @Scheduled(fixedDelayString = "${zhijian.dashboard.refresh-interval:PT1M}",
            initialDelayString = "${zhijian.dashboard.refresh-interval:PT1M}")
    @SchedulerLock(name = "dashboard-figures", lockAtMostFor = "PT10M")
    void refresh() {
        figures.refresh();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        figures.refresh();
    }
}

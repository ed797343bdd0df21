package org.zhijian.classification.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: recomputes every class, for inputs that change with time alone (records leaving the
 * three-year window, licences expiring) or in features that publish no event yet.
 */
@Component
class ClassificationJob {

    private static final Logger log = LoggerFactory.getLogger(ClassificationJob.class);

    private final ClassificationService classification;

    ClassificationJob(ClassificationService classification) {
        this.classification = classification;
    }

    @Scheduled(cron = "${zhijian.risk.classification-job-cron:0 30 0 * * *}", zone = "${zhijian.time-zone}")
    @SchedulerLock(name = "classification-recompute", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void recomputeAll() {
        log.info("Classification job recomputed {} enterprise(s)", classification.recomputeAll());
    }
}

package org.zhijian.hazard.domain;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: hazards past their deadline escalate to the district heads. Locked so one instance runs it. */
@Component
class HazardEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(HazardEscalationJob.class);

    private final HazardService hazards;
    private final Clock clock;

    HazardEscalationJob(HazardService hazards, Clock clock) {
        this.hazards = hazards;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhijian.risk.escalation-job-cron:0 15 0 * * *}", zone = "${zhijian.time-zone}")
    @SchedulerLock(name = "hazard-escalation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void escalateOverdueHazards() {
        int n = hazards.escalateOverdue(LocalDate.now(clock));
        log.info("Hazard escalation job escalated {} overdue hazard(s)", n);
    }
}

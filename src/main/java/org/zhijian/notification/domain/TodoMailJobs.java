package org.zhijian.notification.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail jobs: new items every few minutes, the digest daily in the bureau's time zone. Locked so
 * one instance runs each.
 */
@Component
class TodoMailJobs {

    private static final Logger log = LoggerFactory.getLogger(TodoMailJobs.class);

    private final TodoMailer mailer;

    TodoMailJobs(TodoMailer mailer) {
        this.mailer = mailer;
    }

    @Scheduled(fixedDelayString = "${zhijian.notification.new-item-interval:PT5M}",
            initialDelayString = "${zhijian.notification.new-item-initial-delay:PT2M}")
    @SchedulerLock(name = "todo-new-item-mails", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void mailNewItems() {
        int n = mailer.mailNewItems();
        if (n > 0) {
            log.info("To-do mail job wrote {} new-item mail(s)", n);
        }
    }

    @Scheduled(cron = "${zhijian.notification.digest-cron:0 0 7 * * *}", zone = "${zhijian.time-zone}")
    @SchedulerLock(name = "todo-daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendDigests() {
        log.info("To-do digest job wrote {} digest(s)", mailer.sendDigests());
    }
}

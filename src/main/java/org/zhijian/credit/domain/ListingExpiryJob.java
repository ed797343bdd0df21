package org.zhijian.credit.domain;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: listings whose three years have run leave the list. Locked so one instance runs it. */
@Component
class ListingExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ListingExpiryJob.class);

    private final ListingService listings;
    private final Clock clock;

    ListingExpiryJob(ListingService listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhijian.credit.expiry-job-cron:0 25 0 * * *}", zone = "${zhijian.time-zone}")
    @SchedulerLock(name = "credit-listing-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void expireListings() {
        int n = listings.expireDue(LocalDate.now(clock));
        log.info("Listing expiry job ended {} listing(s)", n);
    }
}

package org.zhijian.licence.domain;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: licences past their expiry day become 过期. Locked so only one instance runs it. */
@Component
class LicenceExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(LicenceExpiryJob.class);

    private final LicenceService licences;
    private final Clock clock;
    private final String reason;
    private final String legalBasis;

    LicenceExpiryJob(LicenceService licences, Clock clock,
                     @Value("${zhijian.licence.expiry-reason}") String reason,
                     @Value("${zhijian.licence.expiry-legal-basis}") String legalBasis) {
        this.licences = licences;
        this.clock = clock;
        this.reason = reason;
        this.legalBasis = legalBasis;
    }

    @Scheduled(cron = "${zhijian.licence.expiry-job-cron}", zone = "${zhijian.time-zone}")
    @SchedulerLock(name = "licence-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void markExpiredLicences() {
        int n = licences.markExpired(LocalDate.now(clock), reason, legalBasis);
        log.info("Licence expiry job marked {} licence(s) expired", n);
    }
}

package org.zhijian.campaign.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application serves requests, renders the report PDFs of campaigns closed with
 * {@link CampaignService#closeDeferringReports} (the demo city's). A failure is logged and the
 * start goes on: PDF output is optional for using the application, and the next start tries again.
 */
@Component
class CampaignReportBackfill {

    private static final Logger log = LoggerFactory.getLogger(CampaignReportBackfill.class);

    private final CampaignRepository campaigns;
    private final CampaignService service;

    CampaignReportBackfill(CampaignRepository campaigns, CampaignService service) {
        this.campaigns = campaigns;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void renderDeferredReports() {
        for (Long id : campaigns.findClosedWithoutReports()) {
            try {
                service.archiveDeferredReports(id);
                log.info("Archived the reports of closed campaign {}", id);
            } catch (RuntimeException e) {
                log.warn("Could not archive the reports of closed campaign {}; the next start tries again", id, e);
            }
        }
    }
}

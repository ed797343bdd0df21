package org.zhijian.hazard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A hazard passed its rectification deadline unrectified and was escalated (once per notice) by
 * {@link HazardService#escalateOverdue}. The heads of its district are to be told; they are named
 * here, from the roster as it stood at escalation, so a listener need not know who heads a
 * district. See docs/events.md for who listens.
 *
 * <p>Delivery: in-process and synchronous, inside the escalation's transaction (the inbox notices
 * are written at once, as before): escalation and notices commit or roll back together, so a crash
 * neither loses a notice nor leaves a hazard escalated with nobody told, and the next daily run
 * retries the lot.
 */
public record HazardEscalated(Long hazardId, Long enterpriseId, String noticeNumber, String enterpriseName,
                              LocalDate deadline, List<Long> districtHeadIds) {

    public HazardEscalated {
        districtHeadIds = List.copyOf(districtHeadIds);
    }

    /** Where the hazard is shown. */
    public String link() {
        return "/risk/hazards/" + hazardId;
    }
}

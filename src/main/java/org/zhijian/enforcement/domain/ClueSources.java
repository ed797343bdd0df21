package org.zhijian.enforcement.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.hazard.domain.HazardChanged;
import org.zhijian.hazard.domain.HazardEscalated;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStep;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformationAssessed;
import org.zhijian.inspection.domain.FindingRaised;
import org.zhijian.spotcheck.domain.BatchFailedFinally;

/**
 * Where clues come from: the other modules' events, each turned into a clue linked to its source
 * record, inside the publisher's transaction (see docs/events.md). A rejected hazard rectification and
 * an escalated (overdue) hazard give a clue; so do a final spot-check failure, an inspection finding
 * and a complaint assessed as a clue.
 */
@Component
class ClueSources {

    private static final Logger log = LoggerFactory.getLogger(ClueSources.class);

    private final ClueService clues;
    private final HazardService hazards;

    ClueSources(ClueService clues, HazardService hazards) {
        this.clues = clues;
        this.hazards = hazards;
    }

    @EventListener
    void onBatchFailedFinally(BatchFailedFinally e) {
        clues.receive(ClueSource.SPOT_CHECK, e.batchId(), e.formNumber(), e.enterpriseId(), e.formNumber(),
                e.finalOn());
    }

    @EventListener
    void onHazardChanged(HazardChanged e) {
        List<HazardStep> steps = hazards.stepsOf(e.hazardId());
        if (!steps.isEmpty() && "REJECT".equals(steps.get(steps.size() - 1).getAction())) {
            var h = hazards.get(e.hazardId());
            clues.receive(ClueSource.HAZARD, h.getId(), h.getNoticeNumber(), e.enterpriseId(), h.getDescription(),
                    hazards.today());
        }
    }

    @EventListener
    void onHazardEscalated(HazardEscalated e) {
        var h = hazards.get(e.hazardId());
        clues.receive(ClueSource.HAZARD, h.getId(), h.getNoticeNumber(), h.getEnterprise().getId(),
                h.getDescription(), hazards.today());
    }

    @EventListener
    void onFindingRaised(FindingRaised e) {
        clues.receive(ClueSource.INSPECTION, e.recordId(), e.item(), e.enterpriseId(),
                e.item() + ": " + e.finding(), e.raisedOn());
    }

    @EventListener
    void onRiskInformationAssessed(RiskInformationAssessed e) {
        if (e.action() != RiskAction.CLUE) {
            return;
        }
        if (e.enterpriseId() == null) {
            log.warn("Risk information {} assessed as a clue names no enterprise; no clue recorded", e.informationId());
            return;
        }
        clues.receive(ClueSource.COMPLAINT, e.informationId(), null, e.enterpriseId(), e.summary(), e.assessedOn());
    }
}

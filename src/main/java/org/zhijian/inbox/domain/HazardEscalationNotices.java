package org.zhijian.inbox.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.hazard.domain.HazardEscalated;

/** Tells each head of the district that a hazard is overdue, when the hazard module escalates it. */
@Component
class HazardEscalationNotices {

    private final Inbox inbox;

    HazardEscalationNotices(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Synchronous: the notices are written inside the escalation's transaction (Inbox.send requires one). */
    @EventListener
    void on(HazardEscalated event) {
        for (Long head : event.districtHeadIds()) {
            inbox.send(head, "inbox.hazard.overdue", event.link(), event.noticeNumber(), event.enterpriseName(),
                    event.deadline());
        }
    }
}

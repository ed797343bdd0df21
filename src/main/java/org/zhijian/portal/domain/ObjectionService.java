package org.zhijian.portal.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;

/**
 * An enterprise's objection / re-test request (异议/复检申请) for one of its failed batches, within 15 days
 * of notification (产品质量法 第十五条). It becomes the batch's re-test request, which the inspector follows up.
 */
@Service
public class ObjectionService {

    private final BatchService batches;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObjectionService(BatchService batches, AccessGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Refused (403) for anyone but an enterprise user; 404 for another enterprise's batch; 400 after the window. */
    @Transactional
    public SamplingBatch request(Long batchId, String reason) {
        guard.require(Action.REQUEST_OBJECTION);
        SamplingBatch b = batches.requestRetestAsEnterprise(batchId, reason);
        events.publishEvent(new ObjectionRequested(b.getId(), b.getEnterprise().getId(), b.getDistrictId(),
                CurrentUser.username(), clock.instant()));
        return b;
    }
}

package org.zhijian.system.audit;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;

/** Keeps denied out-of-district attempts in their own transaction, so the failing request cannot roll them back. */
@Component
class DeniedAccessLog {

    private final AuditEventRepository events;
    private final Clock clock;

    DeniedAccessLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AccessScope scope, Long recordDistrictId, String entityType, Long entityId) {
        events.save(new AuditEvent(entityType, entityId, "ACCESS_DENIED", scope.username(), recordDistrictId,
                clock.instant(), null, null, "user district " + scope.districtId()));
    }
}

package org.zhijian.system.audit;

import java.time.Instant;
import java.util.List;

/** One audit row as shown on a record's page: the fields that changed, before and after. */
public record AuditEntryView(Instant occurredAt, String actor, String action, String detail, List<Change> changes) {

    public record Change(String field, Object before, Object after) {
    }
}

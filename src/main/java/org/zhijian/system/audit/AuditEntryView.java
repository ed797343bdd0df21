package org.zhijian.system.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit row as shown on a record's page: the fields that changed, before and after, in words
 * (labels, names instead of ids, 是/否 instead of true/false).
 */
public record AuditEntryView(Instant occurredAt, String actor, String action, String actionLabel, String detail,
                             List<Change> changes) {

    public record Change(String field, String label, Object before, Object after) {
    }
}

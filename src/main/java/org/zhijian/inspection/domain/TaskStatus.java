package org.zhijian.inspection.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an inspection task. PENDING waits for its officers (at least two), ASSIGNED for the
 * visit, IN_PROGRESS is being inspected; DONE once its record is submitted; CANCELLED with a reason.
 */
public enum TaskStatus {
    PENDING, ASSIGNED, IN_PROGRESS, DONE, CANCELLED;

    /** The states this one may move to. */
    public Set<TaskStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ASSIGNED, CANCELLED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }

    /** Whether the officers may record the inspection now. */
    public boolean isRecordable() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }

    public String messageCode() {
        return "inspection.status." + name();
    }
}

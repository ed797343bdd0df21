package org.zhijian.system;

import java.util.Map;

/**
 * Someone saved the record after this user opened it. Carries the newer values
 * so the form can show them beside what the user typed.
 */
public class StaleEditException extends RuntimeException {

    private final String entityType;
    private final long currentVersion;
    private final Map<String, Object> currentValues;

    public StaleEditException(String entityType, Object id, long currentVersion, Map<String, Object> currentValues) {
        super(entityType + " " + id + " was changed by someone else (now version " + currentVersion + ")");
        this.entityType = entityType;
        this.currentVersion = currentVersion;
        this.currentValues = currentValues;
    }

    /** The record type as its audit rows name it (e.g. Hazard), which picks the words for its values. */
    public String getEntityType() {
        return entityType;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }

    public Map<String, Object> getCurrentValues() {
        return currentValues;
    }

    public static void check(String entityType, Object id, long expected, long actual, Map<String, Object> current) {
        if (expected != actual) {
            throw new StaleEditException(entityType, id, actual, current);
        }
    }
}

package org.zhijian.system.related;

/**
 * A record named across modules: its type (the entity's simple name, as in the audit trail:
 * {@code SamplingBatch}, {@code Hazard}, {@code InspectionRecord}, {@code Enterprise}, {@code Licence}, ...)
 * and its id.
 */
public record RecordRef(String type, long id) {

    public static RecordRef of(String type, long id) {
        return new RecordRef(type, id);
    }
}

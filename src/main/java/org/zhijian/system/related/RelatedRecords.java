package org.zhijian.system.related;

import java.util.List;

/**
 * What a module keeps about another module's record, for that record's page: the case opened from
 * a failed batch, the inspection a hazard came from. A module that sits above another (it listens to
 * its events) implements this, so the lower module can show the link without depending on it (a
 * dependency would make a cycle). Implementations answer only records the current user may see
 * (they ask {@code AccessGuard} like any other read) and return an empty list for types they do not know.
 */
public interface RelatedRecords {

    List<RelatedRecord> about(RecordRef record);
}

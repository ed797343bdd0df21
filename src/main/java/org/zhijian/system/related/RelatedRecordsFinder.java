package org.zhijian.system.related;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Asks every module that implements {@link RelatedRecords} about one record; a page shows the answers. */
@Component
public class RelatedRecordsFinder {

    private final List<RelatedRecords> contributors;

    RelatedRecordsFinder(List<RelatedRecords> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    public List<RelatedRecord> about(String type, long id) {
        RecordRef ref = RecordRef.of(type, id);
        List<RelatedRecord> all = new ArrayList<>();
        for (RelatedRecords c : contributors) {
            all.addAll(c.about(ref));
        }
        return all;
    }
}

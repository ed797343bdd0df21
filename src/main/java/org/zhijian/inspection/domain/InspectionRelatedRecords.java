package org.zhijian.inspection.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.related.RecordRef;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecords;
import org.zhijian.system.security.AccessGuard;

/** What inspections keep about other modules' records: the inspection a hazard was found in, the tasks of a draw. */
@Component
class InspectionRelatedRecords implements RelatedRecords {

    private final InspectionRecordRepository records;
    private final InspectionTaskRepository tasks;
    private final AccessGuard guard;
    private final java.time.Clock clock;

    InspectionRelatedRecords(InspectionRecordRepository records, InspectionTaskRepository tasks, AccessGuard guard,
                             java.time.Clock clock) {
        this.records = records;
        this.tasks = tasks;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RelatedRecord> about(RecordRef record) {
        return switch (record.type()) {
            case "Hazard" -> guard.visible(records.findByHazardId(record.id()), InspectionRecord::getDistrictId)
                    .stream().map(r -> new RelatedRecord("inspection.related.record",
                            r.getEnterprise().getName() + " " + r.getInspectedOn(), "/inspection/records/" + r.getId(),
                            r.getResultCategory().messageCode(), null, false)).toList();
            case "RandomDraw" -> guard.visible(tasks.findByDrawId(record.id()), InspectionTask::getDistrictId)
                    .stream().map(t -> new RelatedRecord("inspection.related.task", t.getEnterprise().getName(),
                            "/inspection/tasks/" + t.getId(), t.getStatus().messageCode(), t.getDueOn(),
                            t.isOverdue(java.time.LocalDate.now(clock)))).toList();
            default -> List.of();
        };
    }
}

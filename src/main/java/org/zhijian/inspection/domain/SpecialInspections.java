package org.zhijian.inspection.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Inspection tasks ordered from above the inspection module: an incident's special inspection
 * (专项检查) across districts, or a task decided when risk information is assessed. The incident
 * module calls this (it sits above inspection, docs/events.md); the inspection module implements it.
 * The caller has already been authorised by its own action; tasks are assigned to officers by each
 * district afterwards, like any other task.
 */
public interface SpecialInspections {

    /**
     * One task per enterprise (its district is the enterprise's), all due on {@code dueOn} and
     * carrying {@code reference} (e.g. {@code "incident:12"}), so their progress can be followed.
     * Repeating a call with the same reference and enterprise makes no second task.
     *
     * @return the ids of the tasks, one per enterprise, in the order given
     */
    List<Long> dispatch(String reference, String title, Collection<Long> enterpriseIds, LocalDate dueOn);

    /** Progress of the tasks carrying {@code reference}, one line per district, by district id. */
    List<DistrictProgress> progress(String reference);

    /**
     * @param tasks   tasks dispatched to the district
     * @param done    of those, with a submitted inspection record
     * @param overdue of those not done, past their due date
     */
    record DistrictProgress(Long districtId, int tasks, int done, int overdue) {
        public boolean finished() {
            return done == tasks;
        }
    }
}

package org.zhijian.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.system.security.Role;

/**
 * Runs the inspection tasks ordered from above (an incident's special inspection, a task decided on
 * risk information) to the end through the real inspection services, as a district would: its head
 * assigns two of its inspectors, one of them starts the task and submits the record, every checklist
 * item answered. For tests of the modules that order tasks and follow their progress.
 */
@Component
public class SpecialInspectionRuns {

    private final Fixtures fixtures;
    private final InspectionTaskService tasks;
    private final InspectionRecordService records;
    private final ChecklistService checklists;
    private final JdbcTemplate jdbc;

    SpecialInspectionRuns(Fixtures fixtures, InspectionTaskService tasks, InspectionRecordService records,
                          ChecklistService checklists, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.tasks = tasks;
        this.records = records;
        this.checklists = checklists;
        this.jdbc = jdbc;
    }

    /** The ids of the tasks carrying {@code reference}, in every district, oldest first. */
    public List<Long> taskIds(String reference) {
        return jdbc.queryForList("select id from inspection_task where reference = ? order by id", Long.class,
                reference);
    }

    /**
     * Completes every open task carrying {@code reference} in the district: a new head and two new
     * inspectors of the district (so no conflict of interest stands in the way) assign, start and
     * submit, through the services with their checks.
     *
     * @return the submitted records, one per task
     * @throws IllegalStateException when the district has no open task of the reference
     */
    public List<InspectionRecord> complete(String reference, Long districtId) {
        List<Long> open = jdbc.queryForList("select id from inspection_task where reference = ? and district_id = ? "
                + "and status in ('PENDING', 'ASSIGNED', 'IN_PROGRESS') order by id", Long.class, reference, districtId);
        if (open.isEmpty()) {
            throw new IllegalStateException("no open task of " + reference + " in district " + districtId);
        }
        User head = fixtures.user(Role.HEAD, districtId);
        User officer = fixtures.user(Role.INSPECTOR, districtId);
        User second = fixtures.user(Role.INSPECTOR, districtId);
        List<InspectionRecord> out = new ArrayList<>();
        for (Long id : open) {
            fixtures.as(Fixtures.details(head), () -> tasks.assign(id, tasks.get(id).getVersion(),
                    List.of(officer.getId(), second.getId())));
            fixtures.as(Fixtures.details(officer), () -> tasks.start(id, tasks.get(id).getVersion()));
            Checklist checklist = checklistFor(id);
            int n = checklist.getItems().size();
            RecordDetails details = new RecordDetails(tasks.today(), "生产车间",
                    Collections.nCopies(n, ItemAnswer.CONFORM), new ArrayList<>(Collections.nCopies(n, (String) null)),
                    ResultCategory.NO_PROBLEM, "专项检查:现场未发现问题", "王建国", true,
                    Collections.nCopies(n, RecordDetails.FollowUp.NONE));
            out.add(fixtures.as(Fixtures.details(officer), () -> records.submit(id, checklist.getId(), details)));
        }
        return out;
    }

    /** The current checklist for the task's enterprise; a general one is made when the database has none. */
    private synchronized Checklist checklistFor(Long taskId) {
        Industry industry = Industry.valueOf(jdbc.queryForObject("select e.industry from inspection_task t "
                + "join enterprise e on e.id = t.enterprise_id where t.id = ?", String.class, taskId));
        return checklists.currentFor(industry).orElseGet(() -> fixtures.asSystemAdmin(
                () -> checklists.create("SI-" + Fixtures.next(), "专项检查通用清单", null,
                        List.of(new ChecklistItem("证照齐全有效", false), new ChecklistItem("配备质量安全员", true)))));
    }
}

package org.zhijian.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** The inspection module's part of the to-do inbox: tasks to inspect, tasks to staff, results to publish. */
@Component
class InspectionTodos implements TodoSource {

    private final InspectionTaskService tasks;
    private final InspectionRecordService records;

    InspectionTodos(InspectionTaskService tasks, InspectionRecordService records) {
        this.tasks = tasks;
        this.records = records;
    }

    @Override
    public List<TodoItem> waitingFor(AccessScope user) {
        java.time.LocalDate today = tasks.today();
        List<TodoItem> items = new ArrayList<>();
        for (InspectionTask t : tasks.waitingFor(user)) {
            String kind = t.getStatus() == TaskStatus.PENDING ? "todo.inspection.assign" : "todo.inspection.inspect";
            items.add(new TodoItem("inspection-task:" + t.getId() + ":" + t.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                    kind, t.getEnterprise().getName(), "/inspection/tasks/" + t.getId(), t.getDueOn(),
                    t.isOverdue(today)));
        }
        for (InspectionRecord r : records.toPublishFor(user)) {
            items.add(new TodoItem("inspection-record:" + r.getId() + ":publish", "todo.inspection.publish",
                    r.getEnterprise().getName(), "/inspection/records/" + r.getId(), r.getPublishBy(),
                    r.isPublicationLate(today)));
        }
        return items;
    }
}

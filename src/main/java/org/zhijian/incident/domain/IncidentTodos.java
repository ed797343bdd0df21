package org.zhijian.incident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * What waits for a head here: risk information to assess (due at the end of its window) and
 * incidents whose initial report is due. Asked with the user's scope, never the security context.
 */
@Component
class IncidentTodos implements TodoSource {

    private static final int LIMIT = 50;

    private final RiskInformationService information;
    private final IncidentService incidents;

    IncidentTodos(RiskInformationService information, IncidentService incidents) {
        this.information = information;
        this.incidents = incidents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = information.today();
        Instant now = incidents.now();
        if (user.may(Action.ASSESS_RISK_INFORMATION)) {
            for (RiskInformation r : information.open(user.districtFilter(), LIMIT)) {
                items.add(new TodoItem("risk-information:" + r.getId() + ":assess", "todo.incident.assess",
                        r.getSummary(), "/risk-information/" + r.getId(), r.getAssessBy(),
                        r.isAssessmentOverdueOn(today)));
            }
        }
        if (user.may(Action.MANAGE_INCIDENT)) {
            for (QualityIncident i : incidents.awaitingInitialReport(user.districtFilter(), LIMIT)) {
                items.add(new TodoItem("incident:" + i.getId() + ":initial-report", "todo.incident.initialReport",
                        i.getTitle(), "/incidents/" + i.getId(), LocalDate.ofInstant(i.getReportDueAt(),
                        information.zone()), i.isInitialReportLate(now)));
            }
        }
        return items;
    }
}

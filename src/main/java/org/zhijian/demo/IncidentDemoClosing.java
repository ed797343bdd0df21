package org.zhijian.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.incident.domain.IncidentQuery;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.inspection.domain.TaskQuery;
import org.zhijian.inspection.domain.TaskSource;
import org.zhijian.inspection.domain.TaskStatus;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.system.security.Role;

/**
 * Runs the demo's emergency response to its end, last of all (after {@link InspectionDemoData}, whose
 * checklists the officers answer): each district of the special inspection assigns two of its
 * inspectors (none with a conflict of interest) to every task, one of them starts it and submits the
 * record; once every task is done the closing report is written. An incident whose tasks could not
 * all be done (too few inspectors free of conflicts) is left responding, its progress page live.
 */
@Component
class IncidentDemoClosing implements DemoDataContributor {

    private final IncidentService incidents;
    private final InspectionTaskService tasks;
    private final InspectionRecordService records;
    private final DrawService draws;

    IncidentDemoClosing(IncidentService incidents, InspectionTaskService tasks, InspectionRecordService records,
                        DrawService draws) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.records = records;
        this.draws = draws;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void contribute(DemoCity city) {
        User cityHead = city.usersOf(Role.HEAD, null).get(0);
        List<QualityIncident> responding = IncidentDemoData.as(cityHead, () -> incidents.search(
                new IncidentQuery(null, null, null, false), PageRequest.of(0, 20)).getContent().stream()
                .filter(i -> i.getTitle().contains(IncidentDemoData.RESPONSE_TITLE) && !i.getStatus().isClosed())
                .toList());
        for (QualityIncident i : responding) {
            for (Long district : i.inspectionDistricts()) {
                inspect(city, IncidentService.REFERENCE_PREFIX + i.getId(), district);
            }
            IncidentDemoData.as(cityHead, () -> {
                List<DistrictProgress> progress = incidents.progress(i.getId());
                if (!i.hasSpecialInspection() || incidents.inspectionFinished(progress)) {
                    incidents.report(i.getId(), incidents.get(i.getId()).getVersion(), IncidentReportKind.CLOSING,
                            "终报:专项检查全部完成,共检查同类生产企业,发现问题已督促整改;事故原因查明,处置完毕。");
                }
                return null;
            });
        }
    }

    /** The district's waiting tasks of the special inspection: assigned, started and recorded by its inspectors. */
    private void inspect(DemoCity city, String reference, Long districtId) {
        User head = city.usersOf(Role.HEAD, districtId).get(0);
        List<User> inspectors = city.usersOf(Role.INSPECTOR, districtId);
        List<InspectionTask> waiting = IncidentDemoData.as(head, () -> tasks.search(
                new TaskQuery(districtId, TaskStatus.PENDING, TaskSource.SPECIAL, null, false),
                PageRequest.of(0, 100, Sort.by("id"))).getContent().stream()
                .filter(t -> reference.equals(t.getReference())).toList());
        for (InspectionTask t : waiting) {
            Long enterpriseId = t.getEnterprise().getId();
            List<User> officers = inspectors.stream().filter(u -> !draws.hasConflict(u.getId(), enterpriseId))
                    .limit(2).toList();
            if (officers.size() < 2) {
                continue;
            }
            IncidentDemoData.as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                    officers.stream().map(User::getId).toList()));
            User officer = officers.get(0);
            IncidentDemoData.as(officer, () -> {
                InspectionTask started = tasks.start(t.getId(), tasks.get(t.getId()).getVersion());
                return records.submit(started.getId(), null, details(city, started));
            });
        }
    }

    private RecordDetails details(DemoCity city, InspectionTask t) {
        Checklist c = records.checklistFor(t);
        int n = c.getItems().size();
        String representative = t.getEnterprise().getLegalRepresentative() == null ? "王建国"
                : t.getEnterprise().getLegalRepresentative();
        String place = t.getEnterprise().getAddress() == null ? "企业生产现场" : t.getEnterprise().getAddress();
        return new RecordDetails(city.today(), place, Collections.nCopies(n, ItemAnswer.CONFORM),
                new ArrayList<>(Collections.nCopies(n, (String) null)), ResultCategory.NO_PROBLEM,
                "专项检查:锂电池及充电器进货查验、出厂检验记录齐全,在售同型号产品未发现问题。", representative, true,
                Collections.nCopies(n, RecordDetails.FollowUp.NONE));
    }
}

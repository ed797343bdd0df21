package org.zhijian.demo;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.incident.domain.IncidentQuery;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.system.security.Role;

/**
 * Closes the demo's emergency response last of all, once every task of its special inspection is done
 * (a contributor of the inspection module, running before this one, may have recorded them). Left
 * responding, with its progress page live, when some task is still open.
 */
@Component
class IncidentDemoClosing implements DemoDataContributor {

    private final IncidentService incidents;

    IncidentDemoClosing(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void contribute(DemoCity city) {
        User cityHead = city.usersOf(Role.HEAD, null).get(0);
        IncidentDemoData.as(cityHead, () -> {
            for (QualityIncident i : incidents.search(new IncidentQuery(null, null, null, false),
                    PageRequest.of(0, 20)).getContent()) {
                if (!i.getTitle().contains(IncidentDemoData.RESPONSE_TITLE) || i.getStatus().isClosed()) {
                    continue;
                }
                List<DistrictProgress> progress = incidents.progress(i.getId());
                if (!i.hasSpecialInspection() || incidents.inspectionFinished(progress)) {
                    incidents.report(i.getId(), i.getVersion(), IncidentReportKind.CLOSING,
                            "终报:专项检查全部完成,共检查同类生产企业,发现问题已督促整改;事故原因查明,处置完毕。");
                }
            }
            return null;
        });
    }
}

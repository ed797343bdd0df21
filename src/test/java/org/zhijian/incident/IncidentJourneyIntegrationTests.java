package org.zhijian.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.Assessment;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentFigures;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.IncidentStatus;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformation;
import org.zhijian.incident.domain.RiskInformationAssessed;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskInformationStatus;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.incident.domain.SpecialInspectionOrder;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.ClueSource;
import org.zhijian.enforcement.domain.ClueStatus;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.TaskSource;
import org.zhijian.inspection.domain.TaskStatus;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.SpecialInspectionRuns;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Role;

/**
 * Issue 12 on PostgreSQL: risk information assessed into an incident, its special inspection across
 * two districts followed to the end, the closing report; a complaint on the enterprise's class;
 * drills out of every figure; signals stored once.
 */
@RecordApplicationEvents
class IncidentJourneyIntegrationTests extends PostgresIntegrationTests {

    @Autowired Clock clock;
    @Autowired RiskInformationService information;
    @Autowired IncidentService incidents;
    @Autowired ClassificationService classification;
    @Autowired SpecialInspectionRuns inspections;
    @Autowired InspectionTaskService tasks;
    @Autowired ClueService clues;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    District a;
    District b;
    Enterprise inA;
    Enterprise inB;
    Enterprise otherIndustryInA;
    User inspectorA;
    User cityHead;

    @BeforeEach
    void setUp() {
        a = fixtures.district();
        b = fixtures.district();
        inA = fixtures.enterprise(a.getId(), Industry.ELECTRIC_BICYCLE);
        inB = fixtures.enterprise(b.getId(), Industry.ELECTRIC_BICYCLE);
        otherIndustryInA = fixtures.enterprise(a.getId(), Industry.FURNITURE);
        inspectorA = fixtures.user(Role.INSPECTOR, a.getId());
        cityHead = fixtures.user(Role.HEAD, null);
    }

    private <T> T as(User u, java.util.function.Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    private long archiveLines(Enterprise e, String category) {
        return jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? and category = ?",
                Long.class, e.getId(), category);
    }

    @Test
    void riskInformationBecomesAnIncidentWhoseSpecialInspectionRunsToTheEndInTwoDistricts() throws Exception {
        RiskInformation r = as(inspectorA, () -> information.receive(new RiskInformationDetails(RiskSource.MEDIA,
                inA.getId(), null, "网络舆情:某品牌电动自行车充电时电池起火", "本地新闻客户端", null)));
        assertThat(r.getStatus()).isEqualTo(RiskInformationStatus.RECEIVED);
        assertThat(r.getDistrictId()).isEqualTo(a.getId());
        assertThat(r.getAssessBy()).isAfter(LocalDate.now(clock));

        as(cityHead, () -> information.startAssessment(r.getId(), r.getVersion()));
        RiskInformation assessed = as(cityHead, () -> information.assess(r.getId(),
                information.get(r.getId()).getVersion(), new Assessment(RiskAction.INCIDENT,
                        "多起同类起火,启动事故处置", IncidentLevel.III, null, false)));
        assertThat(assessed.getStatus()).isEqualTo(RiskInformationStatus.CLOSED);
        assertThat(assessed.getIncidentId()).isNotNull();
        assertThat(events.stream(RiskInformationAssessed.class))
                .extracting(RiskInformationAssessed::informationId, RiskInformationAssessed::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(r.getId(), RiskAction.INCIDENT));

        Long id = assessed.getIncidentId();
        QualityIncident opened = as(cityHead, () -> incidents.get(id));
        assertThat(opened.getLevel()).isEqualTo(IncidentLevel.III);
        assertThat(opened.getRiskInformationId()).isEqualTo(r.getId());
        assertThat(opened.getDistrictId()).isEqualTo(a.getId());
        assertThat(opened.getReportDueAt()).isEqualTo(opened.getOccurredAt().plus(Duration.ofHours(2)));

        as(cityHead, () -> incidents.report(id, opened.getVersion(), IncidentReportKind.INITIAL, "首报:已派员赶赴现场"));
        QualityIncident responding = as(cityHead, () -> incidents.dispatch(id, incidents.get(id).getVersion(),
                new SpecialInspectionOrder("电动自行车电池质量安全专项检查", List.of(a.getId(), b.getId()),
                        Industry.ELECTRIC_BICYCLE, LocalDate.now(clock).plusDays(10))));
        assertThat(responding.getStatus()).isEqualTo(IncidentStatus.RESPONDING);
        List<InspectionTask> dispatched = as(cityHead, () -> inspections.taskIds("incident:" + id).stream()
                .map(tasks::get).toList());
        assertThat(dispatched).as("one task per enterprise of the industry in the two districts, waiting for officers")
                .allSatisfy(t -> {
                    assertThat(t.getSource()).isEqualTo(TaskSource.SPECIAL);
                    assertThat(t.getStatus()).isEqualTo(TaskStatus.PENDING);
                    assertThat(t.getDueOn()).isEqualTo(LocalDate.now(clock).plusDays(10));
                })
                .extracting(InspectionTask::getDistrictId).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(jdbc.queryForList("select enterprise_id from inspection_task where reference = ?", Long.class,
                "incident:" + id)).containsExactlyInAnyOrder(inA.getId(), inB.getId());

        List<DistrictProgress> progress = as(cityHead, () -> incidents.progress(id));
        assertThat(progress).extracting(DistrictProgress::districtId).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(incidents.inspectionFinished(progress)).isFalse();
        assertThatThrownBy(() -> as(cityHead, () -> incidents.report(id, incidents.get(id).getVersion(),
                IncidentReportKind.CLOSING, "终报"))).isInstanceOf(BusinessRuleException.class);

        assertThat(as(cityHead, () -> clues.fromSource(ClueSource.COMPLAINT, r.getId())))
                .as("an incident is no clue").isEmpty();

        assertThat(inspections.complete("incident:" + id, a.getId())).singleElement()
                .satisfies(rec -> assertThat(rec.getDistrictId()).isEqualTo(a.getId()));
        mvc.perform(get("/incidents/{id}/progress", id).with(user(Fixtures.details(cityHead))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(false))
                .andExpect(jsonPath("$.districts[?(@.districtId == " + a.getId() + ")].finished").value(true))
                .andExpect(jsonPath("$.districts[?(@.districtId == " + b.getId() + ")].finished").value(false));
        assertThat(inspections.complete("incident:" + id, b.getId())).hasSize(1);
        mvc.perform(get("/api/v1/incidents/{id}/progress", id).with(user(Fixtures.details(cityHead))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(true));

        as(cityHead, () -> incidents.report(id, incidents.get(id).getVersion(), IncidentReportKind.FOLLOW_UP,
                "续报:两区共检查 2 家企业"));
        as(cityHead, () -> incidents.report(id, incidents.get(id).getVersion(), IncidentReportKind.CLOSING,
                "终报:事故原因查明,处置完毕"));
        QualityIncident closed = as(cityHead, () -> incidents.get(id));
        assertThat(closed.getStatus()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(as(cityHead, () -> incidents.reportsOf(id))).extracting(r2 -> r2.getKind())
                .containsExactly(IncidentReportKind.INITIAL, IncidentReportKind.FOLLOW_UP, IncidentReportKind.CLOSING);
        assertThat(archiveLines(inA, "RISK_INFO")).isEqualTo(2);
        assertThat(archiveLines(inA, "INCIDENT")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'QualityIncident' "
                + "and entity_id = ?", Long.class, id)).isEqualTo(5);
    }

    @Test
    void riskInformationAssessedAsAClueBecomesAnEnforcementClue() {
        RiskInformation r = as(inspectorA, () -> information.receive(new RiskInformationDetails(RiskSource.REPORT,
                inA.getId(), null, "举报:该企业许可证过期后仍在生产电动自行车", "匿名", null)));
        as(cityHead, () -> information.assess(r.getId(), r.getVersion(),
                Assessment.of(RiskAction.CLUE, "涉嫌无证生产,移交执法机构核查")));

        assertThat(events.stream(RiskInformationAssessed.class)).singleElement().satisfies(e -> {
            assertThat(e.informationId()).isEqualTo(r.getId());
            assertThat(e.action()).isEqualTo(RiskAction.CLUE);
            assertThat(e.enterpriseId()).isEqualTo(inA.getId());
        });
        List<Clue> fromIt = as(cityHead, () -> clues.fromSource(ClueSource.COMPLAINT, r.getId()));
        assertThat(fromIt).singleElement().satisfies(c -> {
            assertThat(c.getDistrictId()).isEqualTo(a.getId());
            assertThat(c.getSummary()).contains("许可证过期");
            assertThat(c.getStatus()).isEqualTo(ClueStatus.RECEIVED);
        });
        assertThat(jdbc.queryForObject("select enterprise_id from enforcement_clue where id = ?", Long.class,
                fromIt.get(0).getId())).isEqualTo(inA.getId());
        assertThat(inspections.taskIds(RiskInformationService.REFERENCE_PREFIX + r.getId()))
                .as("a clue orders no inspection").isEmpty();
    }

    @Test
    void riskInformationAssessedAsAnInspectionTaskDispatchesARealTaskInTheEnterprisesDistrict() {
        RiskInformation r = as(inspectorA, () -> information.receive(new RiskInformationDetails(RiskSource.MONITORING,
                inA.getId(), null, "风险监测:该企业出厂检验记录缺失", "区市场监管所", null)));
        RiskInformation closed = as(cityHead, () -> information.assess(r.getId(), r.getVersion(),
                Assessment.of(RiskAction.INSPECTION_TASK, "安排现场检查核实检验记录")));

        String reference = RiskInformationService.REFERENCE_PREFIX + r.getId();
        List<Long> ids = inspections.taskIds(reference);
        assertThat(ids).hasSize(1);
        assertThat(closed.getActionReference()).isEqualTo("task:" + ids.get(0));
        InspectionTask task = as(cityHead, () -> tasks.get(ids.get(0)));
        assertThat(task.getSource()).isEqualTo(TaskSource.SPECIAL);
        assertThat(task.getStatus()).as("waiting for the district to assign officers").isEqualTo(TaskStatus.PENDING);
        assertThat(task.getDistrictId()).isEqualTo(a.getId());
        assertThat(task.getReference()).isEqualTo(reference);
        assertThat(task.getDueOn()).isAfter(LocalDate.now(clock));
        assertThat(jdbc.queryForObject("select enterprise_id from inspection_task where id = ?", Long.class,
                task.getId())).isEqualTo(inA.getId());
        assertThat(tasks.progress(reference)).containsExactly(new DistrictProgress(a.getId(), 1, 0, 0));
        assertThat(as(cityHead, () -> clues.fromSource(ClueSource.COMPLAINT, r.getId()))).isEmpty();

        inspections.complete(reference, a.getId());
        assertThat(tasks.progress(reference)).containsExactly(new DistrictProgress(a.getId(), 1, 1, 0));
        assertThat(as(cityHead, () -> tasks.get(task.getId())).getStatus()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void aComplaintAgainstAnEnterpriseCountsOnItsClassAtOnce() {
        fixtures.licence(inA, LocalDate.now(clock).minusYears(1));
        fixtures.asSystemAdmin(() -> classification.recompute(inA.getId()));
        Integer before = jdbc.queryForObject("select score from enterprise_class where enterprise_id = ?",
                Integer.class, inA.getId());
        as(inspectorA, () -> information.receive(new RiskInformationDetails(RiskSource.COMPLAINT, inA.getId(), null,
                "消费者投诉:新购电动自行车刹车失灵", "王女士", null)));
        assertThat(jdbc.queryForObject("select count(*) from enterprise_incident where enterprise_id = ? "
                + "and kind = 'COMPLAINT'", Long.class, inA.getId())).isEqualTo(1);
        Integer after = jdbc.queryForObject("select score from enterprise_class where enterprise_id = ?",
                Integer.class, inA.getId());
        assertThat(Math.abs(after - before)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select factors from enterprise_class where enterprise_id = ?", String.class,
                inA.getId())).contains("complaints");
    }

    @Test
    void aDrillNeverCountsInAnyFigure() throws Exception {
        User head = fixtures.user(Role.HEAD, b.getId());
        Instant t = clock.instant().minus(Duration.ofHours(1));
        as(head, () -> incidents.open(new IncidentDetails("食品接触材料迁移超标事故", IncidentLevel.II, null, b.getId(),
                "经过", t, false, null)));
        QualityIncident drill = as(head, () -> incidents.open(new IncidentDetails("应急演练:电动自行车火灾",
                IncidentLevel.II, inB.getId(), null, "演练", t, true, null)));
        assertThat(drill.isDrill()).isTrue();

        IncidentFigures f = as(head, () -> incidents.figures(null));
        assertThat(f.incidents()).isEqualTo(1);
        assertThat(f.incidents(IncidentLevel.II, IncidentStatus.OPEN)).isEqualTo(1);
        assertThat(f.byDistrict()).singleElement().satisfies(d -> assertThat(d.incidents()).isEqualTo(1));
        mvc.perform(get("/api/v1/incidents/figures").with(user(Fixtures.details(head))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents").value(1));
        mvc.perform(get("/incidents/figures").with(user(Fixtures.details(head))))
                .andExpect(status().isOk());
        assertThat(archiveLines(inB, "INCIDENT")).as("a drill is no part of the enterprise's record").isZero();
    }

    @Test
    void anEarlyWarningSignalIsStoredOncePerKey() {
        String key = "warning:DISTRICT_DROP:" + a.getId() + ":test:" + Fixtures.next();
        assertThat(information.recordSignal(key, a.getId(), "预警信号:合格率显著下降")).isTrue();
        assertThat(information.recordSignal(key, a.getId(), "预警信号:合格率显著下降")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from risk_information where signal_key = ? and source = 'SIGNAL'",
                Long.class, key)).isEqualTo(1);
    }
}

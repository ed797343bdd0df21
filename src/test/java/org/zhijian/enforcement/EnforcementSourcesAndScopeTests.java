package org.zhijian.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.ClueSource;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.EvidenceKind;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformationAssessed;
import org.zhijian.inspection.domain.FindingRaised;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecordsFinder;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Clues from hazards, inspections and complaints; the to-do items; the 15-working-day extension;
 * evidence checks; and the district scope of lists, pages, downloads and the API.
 */
class EnforcementSourcesAndScopeTests extends PostgresIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Autowired ClueService clues;
    @Autowired CaseService cases;
    @Autowired HazardService hazards;
    @Autowired RelatedRecordsFinder related;
    @Autowired List<TodoSource> todos;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired MockMvc mvc;

    District district;
    Enterprise enterprise;
    User inspector;
    User second;
    User head;
    LocalDate today;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        second = fixtures.user(Role.INSPECTOR, district.getId());
        head = fixtures.user(Role.HEAD, district.getId());
        today = clues.today();
    }

    <T> T as(User u, Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    List<TodoItem> todosOf(User u) {
        return todos.stream().flatMap(t -> t.waitingFor(Fixtures.details(u).scope()).stream()).toList();
    }

    @Test
    void aRejectedHazardAFindingAndAComplaintEachBecomeAClueLinkedToItsRecord() throws Exception {
        Hazard h = as(inspector, () -> hazards.record(new HazardDetails(enterprise.getId(), null, null,
                HazardLevel.MAJOR, "安全阀校验过期", "送检", "《安全生产法》第三十六条", today, today.plusDays(5), "王五")));
        as(inspector, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(), HazardAction.RECTIFY,
                "已送检"));
        assertThat(as(head, () -> clues.fromSource(ClueSource.HAZARD, h.getId()))).as("no clue yet").isEmpty();
        as(head, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(), HazardAction.REJECT,
                "校验报告不是本阀门的"));
        assertThat(as(head, () -> clues.fromSource(ClueSource.HAZARD, h.getId()))).singleElement()
                .satisfies(c -> assertThat(c.getSourceLabel()).isEqualTo(h.getNoticeNumber()));
        List<RelatedRecord> onHazard = as(inspector, () -> related.about("Hazard", h.getId()));
        assertThat(onHazard).extracting(RelatedRecord::kindCode).containsExactly("enforcement.clue");
        String hazardPage = mvc.perform(get("/risk/hazards/" + h.getId()).with(user(Fixtures.details(head))))
                .andReturn().getResponse().getContentAsString();
        assertThat(hazardPage).contains("id=\"related-records\"", onHazard.get(0).title(), "待核查");

        fixtures.as(Fixtures.details(inspector), () -> {
            fixtures.inTransaction(() -> {
                publisher.publishEvent(new FindingRaised(901L, enterprise.getId(), district.getId(), "出厂检验",
                        "无出厂检验记录", inspector.getUsername(), today));
                publisher.publishEvent(new RiskInformationAssessed(902L, enterprise.getId(), district.getId(),
                        RiskAction.CLUE, "举报:冒用认证标志", "属实", head.getUsername(), today));
                publisher.publishEvent(new RiskInformationAssessed(903L, enterprise.getId(), district.getId(),
                        RiskAction.NONE, "举报:包装破损", "不属实", head.getUsername(), today));
                return null;
            });
            return null;
        });
        assertThat(as(head, () -> clues.fromSource(ClueSource.INSPECTION, 901L))).singleElement()
                .satisfies(c -> assertThat(c.getSummary()).contains("无出厂检验记录"));
        assertThat(as(head, () -> clues.fromSource(ClueSource.COMPLAINT, 902L))).hasSize(1);
        assertThat(as(head, () -> clues.fromSource(ClueSource.COMPLAINT, 903L))).isEmpty();

        // the head's to-do list has the clues to decide; the inspector's none of them
        assertThat(todosOf(head)).extracting(TodoItem::kindCode).contains("todo.enforcement.clue.decide");
        assertThat(todosOf(inspector)).extracting(TodoItem::kindCode)
                .doesNotContain("todo.enforcement.clue.decide");
    }

    @Test
    void theVerificationIsExtendedOnceByTheHeadWithAReason() {
        Clue c = as(inspector, () -> clues.recordTransfer(enterprise.getId(), "移送函", "涉嫌无证生产",
                LocalDate.parse("2026-03-02")));
        assertThat(c.getVerifyBy()).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(c.isOverdueOn(today)).isTrue();
        assertThatThrownBy(() -> as(head, () -> clues.extend(c.getId(), c.getVersion(), " ")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.reason.required");
        Clue extended = as(head, () -> clues.extend(c.getId(), c.getVersion(), "需调取外地销售记录"));
        assertThat(extended.getVerifyBy()).isEqualTo(LocalDate.parse("2026-04-14"));
        assertThatThrownBy(() -> as(head, () -> clues.extend(c.getId(), extended.getVersion(), "再次延长")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.clue.alreadyExtended");
        assertThatThrownBy(() -> as(head, () -> clues.decline(c.getId(), 0, "理由")))
                .isInstanceOf(org.zhijian.system.StaleEditException.class);
    }

    @Test
    void anotherDistrictSeesNoneOfItAndEvidenceKeepsItsChecksum() throws Exception {
        Clue c = as(inspector, () -> clues.recordTransfer(enterprise.getId(), "移送函", "涉嫌虚假标注", today));
        EnforcementCase k = as(head, () -> clues.open(c.getId(), c.getVersion(), new OpenCaseDetails(
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "虚假标注", "产品质量法第五十三条",
                "属实", today)));
        assertThatThrownBy(() -> as(inspector, () -> cases.addEvidence(k.getId(), EvidenceKind.PHOTO, "a.png",
                "image/jpeg", PNG))).isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.evidence.type");
        var info = as(inspector, () -> cases.addEvidence(k.getId(), EvidenceKind.PHOTO, "a.png", "image/png", PNG));
        assertThat(info.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PNG)));
        assertThat(as(inspector, () -> cases.evidence(k.getId(), info.id())).isIntact()).isTrue();
        assertThat(todosOf(inspector)).extracting(TodoItem::title).contains(k.getCaseNumber());

        District other = fixtures.district();
        User stranger = fixtures.user(Role.HEAD, other.getId());
        String list = mvc.perform(get("/api/v1/cases").with(user(Fixtures.details(stranger)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).doesNotContain(k.getCaseNumber());
        String clueList = mvc.perform(get("/enforcement/clues").with(user(Fixtures.details(stranger)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(clueList).doesNotContain(c.getLabel());
        assertThat(mvc.perform(get("/enforcement/cases/" + k.getId() + "/evidence/" + info.id())
                .with(user(Fixtures.details(stranger)))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/cases/" + k.getId()).with(user(Fixtures.details(stranger))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(todosOf(stranger)).extracting(TodoItem::title).doesNotContain(k.getCaseNumber());
        assertThat(as(stranger, () -> related.about("SamplingBatch", 1L))).isEmpty();

        var export = mvc.perform(get("/enforcement/cases/export").with(user(Fixtures.details(head)))).andReturn()
                .getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(export.getContentAsByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(k.getCaseNumber());
        }
        var strangerExport = mvc.perform(get("/enforcement/clues/export").with(user(Fixtures.details(stranger))))
                .andReturn().getResponse();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(strangerExport.getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).as("only the header").hasSize(1);
        }
        String english = mvc.perform(get("/enforcement/cases/" + k.getId()).param("lang", "en")
                .with(user(Fixtures.details(head)))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Investigating", k.getCaseNumber(), "Approve a 30-day extension")
                .doesNotContain("调查取证");
        assertThat(mvc.perform(get("/enforcement/cases/" + k.getId() + "/notice.pdf")
                .with(user(Fixtures.details(head)))).andReturn().getResponse().getStatus())
                .as("no notice served yet").isEqualTo(404);
        var own = mvc.perform(get("/enforcement/cases/" + k.getId() + "/evidence/" + info.id())
                .with(user(Fixtures.details(head)))).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(own.getHeader("X-Content-SHA256")).isEqualTo(info.sha256());
    }
}

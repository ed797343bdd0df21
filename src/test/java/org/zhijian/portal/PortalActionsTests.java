package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.portal.domain.RectificationEvidence;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.EvidenceStatus;
import org.zhijian.portal.domain.EvidenceSubject;
import org.zhijian.portal.domain.EvidenceSubmission;
import org.zhijian.portal.domain.ObjectionService;
import org.zhijian.portal.domain.PortalService;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.Role;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Issue 13, point 3: an enterprise user acts on their own records inside the law's windows, and the
 * inspector reviews what they uploaded. Every refusal leaves the record as it was.
 */
class PortalActionsTests extends PostgresIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired SpotCheckTestData data;
    @Autowired BatchService batches;
    @Autowired HazardService hazards;
    @Autowired ObjectionService objections;
    @Autowired EvidenceService evidence;
    @Autowired PortalService portal;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    User officer;
    LocalDate today;

    @BeforeEach
    void setUp() {
        Long district = fixtures.district().getId();
        enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district);
        second = fixtures.user(Role.INSPECTOR, district);
        officer = fixtures.enterpriseUser(enterprise);
        today = batches.today();
    }

    private <T> T as(User u, Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    private SamplingBatch notifiedFailure(Enterprise e, LocalDate notifiedOn) {
        LocalDate sampled = notifiedOn.minusDays(15);
        SamplingBatch b = as(inspector, () -> batches.record(data.sampling(e, product, inspector, second, sampled),
                sampled.plusDays(5), "BG" + Fixtures.next(), data.results(product, "0.3")));
        return as(inspector, () -> batches.advance(b.getId(), b.getVersion(), new StepCommand(
                PostProcessingAction.NOTIFY, notifiedOn, null, null, null, null)));
    }

    private Hazard hazard(Enterprise e) {
        return as(inspector, () -> hazards.record(new HazardDetails(e.getId(), null, null, HazardLevel.GENERAL,
                "灭火器过期", "更换灭火器", "消防法", today.minusDays(3), today.plusDays(10), "赵六")));
    }

    @Test
    void anObjectionInsideTheWindowBecomesTheRetestRequest() {
        SamplingBatch b = notifiedFailure(enterprise, today.minusDays(14));
        assertThat(as(officer, () -> portal.batch(b.getId())).objectionOpen()).isTrue();

        as(officer, () -> objections.request(b.getId(), "对检验结果有异议,申请复检"));

        SamplingBatch after = as(inspector, () -> batches.get(b.getId()));
        assertThat(after.getStatus()).isEqualTo(BatchStatus.RETEST_REQUESTED);
        assertThat(after.getRetestRequestedOn()).isEqualTo(today);
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'SamplingBatch' and "
                + "entity_id = ? and action = 'TRANSITION' order by id desc limit 1", String.class, b.getId()))
                .isEqualTo(officer.getUsername());
        assertThat(as(officer, () -> portal.batch(b.getId())).objectionOpen()).isFalse();
    }

    @Test
    void anObjectionAfterTheWindowIsRefusedAndChangesNothing() {
        SamplingBatch b = notifiedFailure(enterprise, today.minusDays(16));
        assertThat(as(officer, () -> portal.batch(b.getId())).objectionOpen()).isFalse();
        assertThatThrownBy(() -> as(officer, () -> objections.request(b.getId(), "迟到的异议")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageCode())
                .isEqualTo("spotcheck.retest.windowClosed");
        assertThat(as(inspector, () -> batches.get(b.getId())).getStatus()).isEqualTo(BatchStatus.NOTIFIED);
    }

    @Test
    void noObjectionForAnotherEnterprisesBatchNorByABureauUser() {
        Enterprise other = fixtures.enterprise(enterprise.getDistrictId(), Industry.WOOD_PANEL);
        SamplingBatch theirs = notifiedFailure(other, today.minusDays(2));
        assertThatThrownBy(() -> as(officer, () -> objections.request(theirs.getId(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(inspector, () -> objections.request(theirs.getId(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(inspector, () -> batches.get(theirs.getId())).getStatus()).isEqualTo(BatchStatus.NOTIFIED);
    }

    @Test
    void evidenceForAHazardAcceptedByTheInspectorRecordsTheRectification() {
        Hazard h = hazard(enterprise);
        RectificationEvidence e = as(officer, () -> evidence.submit(new EvidenceSubmission(EvidenceSubject.HAZARD, h.getId(),
                "整改后.png", "image/png", PNG, "已更换全部灭火器")));
        assertThat(e.getStatus()).isEqualTo(EvidenceStatus.SUBMITTED);
        assertThat(e.getSha256()).hasSize(64);
        assertThat(as(inspector, () -> evidence.pending())).extracting(RectificationEvidence::getId).contains(e.getId());

        as(inspector, () -> evidence.review(e.getId(), e.getVersion(), true, null));

        assertThat(as(inspector, () -> evidence.get(e.getId())).getStatus()).isEqualTo(EvidenceStatus.ACCEPTED);
        assertThat(as(inspector, () -> hazards.get(h.getId())).getStatus())
                .isEqualTo(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE);
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'RectificationEvidence' and "
                + "entity_id = ? and action = 'CREATE'", String.class, e.getId())).isEqualTo(officer.getUsername());
    }

    @Test
    void rejectedEvidenceKeepsItsReasonAndTheHazardWaits() {
        Hazard h = hazard(enterprise);
        RectificationEvidence e = as(officer, () -> evidence.submit(new EvidenceSubmission(EvidenceSubject.HAZARD, h.getId(),
                "整改报告.pdf", "application/pdf", PDF, null)));
        assertThatThrownBy(() -> as(inspector, () -> evidence.review(e.getId(), e.getVersion(), false, " ")))
                .isInstanceOf(BusinessRuleException.class);

        as(inspector, () -> evidence.review(e.getId(), e.getVersion(), false, "照片看不清灭火器有效期"));

        RectificationEvidence after = as(officer, () -> evidence.get(e.getId()));
        assertThat(after.getStatus()).isEqualTo(EvidenceStatus.REJECTED);
        assertThat(after.getReviewReason()).isEqualTo("照片看不清灭火器有效期");
        assertThat(as(inspector, () -> hazards.get(h.getId())).getStatus()).isEqualTo(HazardStatus.NOTIFIED);
        assertThat(as(officer, () -> portal.hazards())).singleElement()
                .satisfies(c -> assertThat(c.evidence()).singleElement()
                        .satisfies(v -> assertThat(v.reviewReason()).isEqualTo("照片看不清灭火器有效期")));
    }

    @Test
    void theInspectorReviewsThroughTheApiToo() throws Exception {
        Hazard h = hazard(enterprise);
        RectificationEvidence e = as(officer, () -> evidence.submit(new EvidenceSubmission(EvidenceSubject.HAZARD, h.getId(),
                "整改后.png", "image/png", PNG, null)));
        mvc.perform(get("/api/v1/evidence").with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + e.getId() + ")].status")
                        .value("SUBMITTED"));
        mvc.perform(post("/api/v1/evidence/" + e.getId() + "/review")
                        .with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accepted\":false,\"reason\":\"看不清\",\"version\":" + e.getVersion() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        // and the enterprise user has no API at all
        mvc.perform(get("/api/v1/evidence/" + e.getId()).with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRenamedOrForeignFileIsRefused() {
        Hazard h = hazard(enterprise);
        assertThatThrownBy(() -> as(officer, () -> evidence.submit(new EvidenceSubmission(EvidenceSubject.HAZARD,
                h.getId(), "photo.jpg", "image/jpeg", "MZ not a photo".getBytes(), null))))
                .isInstanceOf(BusinessRuleException.class);
        Hazard theirs = hazard(fixtures.enterprise(enterprise.getDistrictId()));
        assertThatThrownBy(() -> as(officer, () -> evidence.submit(new EvidenceSubmission(EvidenceSubject.HAZARD,
                theirs.getId(), "a.png", "image/png", PNG, null)))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from portal_evidence where subject_id in (?, ?) and "
                + "subject_type = 'HAZARD'", Long.class, h.getId(), theirs.getId())).isZero();
    }

    @Test
    void aRefusedUploadComesBackBesideItsFormWithTheNoteKept() throws Exception {
        Hazard h = hazard(enterprise);
        var as = user(Fixtures.details(officer));
        var refused = mvc.perform(multipart("/portal/hazards/" + h.getId() + "/evidence")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "photo.jpg", "image/jpeg",
                                "MZ not a photo".getBytes()))
                        .param("note", "东侧通道纸箱已清走").with(csrf()).with(as))
                .andExpect(status().is3xxRedirection()).andReturn();
        var session = refused.getResponse().getCookie("SESSION");
        var followed = get("/portal/hazards").with(as);
        String page = mvc.perform(session == null ? followed.session((org.springframework.mock.web.MockHttpSession)
                        refused.getRequest().getSession()) : followed.cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"file-hazard-" + h.getId() + "-error\"", "value=\"东侧通道纸箱已清走\"");
        assertThat(jdbc.queryForObject("select count(*) from portal_evidence where subject_id = ? and "
                + "subject_type = 'HAZARD'", Long.class, h.getId())).isZero();
    }
}

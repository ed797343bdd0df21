package org.zhijian.credit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.credit.domain.Listing;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingInput;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/** The credit pages in both languages: lists, the listing's steps, the record, the exports, the notice PDF, the flags. */
class CreditPagesTests extends PostgresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired ListingService listings;
    @Autowired OfficialDocuments official;
    @Autowired DrawService draws;

    District district;
    Enterprise enterprise;
    ProductionLicence licence;
    ZhijianUserDetails head;
    ZhijianUserDetails inspector;
    String inspectorName;
    String headName;
    String documentNumber;

    @BeforeEach
    void setUp() {
        LocalDate today = LocalDate.now(clock);
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        licence = fixtures.licence(enterprise, today.minusYears(1));
        head = Fixtures.details(fixtures.user(Role.HEAD, district.getId()));
        inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district.getId()));
        inspectorName = inspector.getUsername();
        headName = head.getUsername();
        long caseId = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        documentNumber = "台市监处罚〔2026〕" + caseId + "号";
        fixtures.as(inspector, () -> tx.execute(s -> {
            events.publishEvent(new PenaltyDecided(caseId, enterprise.getId(), district.getId(), documentNumber,
                    Set.of(PenaltyKind.FINE), new BigDecimal("30000"), false, today.minusDays(40), "涂料VOC超标",
                    "《产品质量法》第四十九条", "罚款人民币3万元"));
            return null;
        }));
    }

    private Listing notified() {
        Long id = fixtures.as(inspector, () -> listings.propose(enterprise.getId(), "拒不执行处罚决定")).getId();
        return fixtures.as(inspector, () -> listings.perform(id, 0, ListingAction.NOTIFY, ListingInput.note(null)));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder act(Long id, String action, String note, long version) {
        return post("/credit/listings/" + id + "/actions").with(user(head)).with(csrf())
                .param("action", action).param("note", note).param("version", String.valueOf(version));
    }

    @Test
    void theListsShowOverdueStepsAndLatePublicationInBothLanguages() throws Exception {
        Listing l = notified();
        assertThat(page(get("/credit/listings?filter=PROPOSALS").with(user(head))))
                .contains(enterprise.getName()).contains("已告知");
        assertThat(page(get("/credit/listings?lang=en").with(user(head)))).contains("Notice served");
        assertThat(page(get("/credit/penalties").with(user(inspector))))
                .contains(documentNumber).contains("late-flag").contains("逾期公示");
        assertThat(page(get("/credit/enterprises/" + enterprise.getId() + "?lang=en").with(user(inspector))))
                .contains("Administrative penalty").contains(documentNumber).contains("proposal-form");
        String detail = page(get("/credit/listings/" + l.getId()).with(user(head)));
        assertThat(detail).contains(l.getNoticeNumber()).contains("action-LIST").contains("action-NOT_LIST");
    }

    @Test
    void aRefusedStepSaysWhyBesideTheFieldAndAStaleOneIsRefused() throws Exception {
        Listing l = notified();
        String refused = mvc.perform(act(l.getId(), "NOT_LIST", "", l.getVersion()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"note-error\"").contains("该步骤须填写意见或理由");
        mvc.perform(act(l.getId(), "NOT_LIST", "证据不足,不予列入", l.getVersion()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(act(l.getId(), "NOT_LIST", "再次提交", l.getVersion())).andExpect(status().isConflict());
    }

    @Test
    void exportsAndTheNoticePdfCarryTheRecords() throws Exception {
        Listing l = notified();
        MvcResult xlsx = mvc.perform(get("/credit/listings.xlsx?filter=PROPOSALS").with(user(head)))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(enterprise.getName());
        }
        MvcResult penalties = mvc.perform(get("/credit/penalties.xlsx").with(user(head)))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                penalties.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(documentNumber);
        }
        byte[] pdf = mvc.perform(get("/credit/listings/" + l.getId() + "/notice.pdf").with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(enterprise.getName())
                    .contains(l.getNoticeNumber()).contains("陈述");
            // the shared layout: letterhead with the notice's 文号, a Chinese date, page numbers,
            // text inside the margins, and a QR code that opens the listing
            LocalDate on = l.getNotifiedOn();
            assertThat(PdfChecks.pageText(doc, 1)).contains("台州市市场监督管理局", l.getNoticeNumber(),
                    on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日",
                    "第1页共" + doc.getNumberOfPages() + "页").doesNotContain(on.toString());
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).as("the QR code opens the listing")
                    .isEqualTo(official.link("/credit/listings/" + l.getId())).startsWith("http");
            PdfChecks.recordFirstPage(doc, "listing-notice");
        }
    }

    @Test
    void aListedEnterpriseIsFlaggedOnItsPageAndItsLicences() throws Exception {
        Listing l = notified();
        fixtures.as(inspector, () -> listings.perform(l.getId(), listings.get(l.getId()).getVersion(), ListingAction.RECORD_STATEMENT,
                ListingInput.note("无异议")));
        Listing decided = fixtures.as(head, () -> listings.perform(l.getId(), listings.get(l.getId()).getVersion(),
                ListingAction.LIST, ListingInput.note(null)));
        String enterprisePage = page(get("/enterprises/" + enterprise.getId()).with(user(inspector)));
        assertThat(enterprisePage).contains("enterprise-listed").contains("related-records")
                .contains(decided.getDecisionNumber()).contains("/credit/enterprises/" + enterprise.getId());
        assertThat(page(get("/licences/" + licence.getId()).with(user(inspector)))).contains("listed-flag");
        assertThat(page(get("/licences").param("q", enterprise.getName()).with(user(inspector)))).contains("listed-flag");
        assertThat(page(get("/classification/" + enterprise.getId()).with(user(inspector))))
                .contains("列入严重违法失信名单");
        assertThat(page(get("/classification/rules").with(user(inspector)))).contains("列入即为 D 类");
        fixtures.user(Role.INSPECTOR, district.getId());
        RandomDraw draw = fixtures.as(head, () -> draws.draw(new DrawRequest("失信企业抽查", null, null, null,
                SupervisionClass.D, 1, 2, 11L)));
        assertThat(page(get("/draws/" + draw.getId()).with(user(head)))).contains(enterprise.getName())
                .contains("listed-flag");
    }

    @Test
    void theApiProposesAndStepsWithVersionsAndSaysWhichFieldIsWrong() throws Exception {
        String created = mvc.perform(post("/api/v1/credit/listings").with(httpBasic(inspectorName, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enterpriseId\":" + enterprise.getId() + ",\"reason\":\"拒不执行处罚决定\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(post("/api/v1/credit/listings/" + id + "/actions").with(httpBasic(inspectorName, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"NOTIFY\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOTIFIED"))
                .andExpect(jsonPath("$.statementBy").isNotEmpty());
        mvc.perform(post("/api/v1/credit/listings/" + id + "/actions").with(httpBasic(headName, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"NOT_LIST\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/credit/listings/" + id + "/actions").with(httpBasic(headName, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"NOT_LIST\",\"note\":\"证据不足\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/credit/proposals").with(httpBasic(headName, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].overdue").value(false));
    }
}

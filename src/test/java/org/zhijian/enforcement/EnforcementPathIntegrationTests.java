package org.zhijian.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enforcement.domain.CaseAction;
import org.zhijian.enforcement.domain.CaseClosed;
import org.zhijian.enforcement.domain.CaseCommand;
import org.zhijian.enforcement.domain.CaseOpened;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.CaseStatus;
import org.zhijian.enforcement.domain.CaseStep;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueReceived;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.ClueSource;
import org.zhijian.enforcement.domain.ClueStatus;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyDocuments;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enforcement.domain.SimpleCaseDetails;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchFailedFinally;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecordsFinder;
import org.zhijian.system.security.Role;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The whole path on PostgreSQL: a batch's failure becomes final → a clue linked to it → the head opens
 * a case → notice, statement, decision (its document number, the licence suspended, the violation on
 * the classification) → delivery → payment → closing; with the events credit listens to.
 */
@RecordApplicationEvents
class EnforcementPathIntegrationTests extends PostgresIntegrationTests {

    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;
    @Autowired ClueService clues;
    @Autowired CaseService cases;
    @Autowired LicenceService licences;
    @Autowired PenaltyDocuments documents;
    @Autowired OfficialDocuments official;
    @Autowired RelatedRecordsFinder related;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    District district;
    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    User head;
    LocalDate today;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        second = fixtures.user(Role.INSPECTOR, district.getId());
        head = fixtures.user(Role.HEAD, district.getId());
        today = batches.today();
    }

    <T> T as(User u, Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    SamplingBatch finalFailure() {
        SamplingBatch b = as(inspector, () -> batches.record(data.sampling(enterprise, product, inspector, second,
                today.minusDays(60)), today.minusDays(50), "BG1", data.results(product, "0.3")));
        LocalDate notified = today.minusDays(45);
        SamplingBatch n = as(inspector, () -> batches.advance(b.getId(), batches.get(b.getId()).getVersion(),
                new StepCommand(PostProcessingAction.NOTIFY, notified, null, null, null, null)));
        assertThat(events.stream(BatchFailedFinally.class)).as("the objection window is still open").isEmpty();
        return as(inspector, () -> batches.advance(b.getId(), n.getVersion(), new StepCommand(
                PostProcessingAction.ORDER_RECTIFICATION, notified.plusDays(16), notified.plusDays(60), null, null,
                null)));
    }

    EnforcementCase step(User u, Long id, CaseCommand c) {
        return as(u, () -> cases.perform(id, cases.get(id).getVersion(), c));
    }

    @Test
    void fromAFinalFailureToAClosedCaseWithItsEffects() throws IOException {
        ProductionLicence licence = fixtures.licence(enterprise, today.minusYears(1));
        SamplingBatch batch = finalFailure();
        LocalDate finalOn = today.minusDays(45).plusDays(16);

        // the failure became final: a clue linked to the batch, its 15-working-day clock started
        assertThat(events.stream(BatchFailedFinally.class)).singleElement()
                .satisfies(e -> assertThat(e.batchId()).isEqualTo(batch.getId()));
        Clue clue = as(head, () -> clues.fromSource(ClueSource.SPOT_CHECK, batch.getId())).get(0);
        assertThat(clue.getStatus()).isEqualTo(ClueStatus.RECEIVED);
        assertThat(clue.getReceivedOn()).isEqualTo(finalOn);
        assertThat(clue.getVerifyBy()).isEqualTo(calendar.after(finalOn, 15));
        assertThat(events.stream(ClueReceived.class)).singleElement()
                .satisfies(e -> assertThat(e.sourceId()).isEqualTo(batch.getId()));

        // an inspector may not decide on a clue; the head opens the case with two officers
        OpenCaseDetails details = new OpenCaseDetails(Set.of(inspector.getId(), second.getId()),
                PartyKind.ORGANISATION, "生产销售甲醛释放量不合格的胶合板", "《中华人民共和国产品质量法》第四十九条",
                "抽查不合格属实,涉嫌违法", today.minusDays(20));
        assertThatThrownBy(() -> as(inspector, () -> clues.open(clue.getId(), clue.getVersion(), details)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(head, () -> clues.open(clue.getId(), clue.getVersion(), new OpenCaseDetails(
                Set.of(inspector.getId()), PartyKind.ORGANISATION, "x", "y", "z", today))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.case.twoOfficers");
        EnforcementCase k = as(head, () -> clues.open(clue.getId(), clue.getVersion(), details));
        assertThat(k.getCaseNumber()).startsWith("台").endsWith("〔" + today.minusDays(20).getYear() + "〕1号");
        assertThat(k.getDecisionDue()).isEqualTo(today.minusDays(20).plusDays(90));
        assertThat(events.stream(CaseOpened.class)).hasSize(1);
        assertThat(as(head, () -> clues.get(clue.getId())).getStatus()).isEqualTo(ClueStatus.OPENED);

        // the batch page shows its clue and case
        List<RelatedRecord> onBatch = as(inspector, () -> related.about("SamplingBatch", batch.getId()));
        assertThat(onBatch).extracting(RelatedRecord::title).contains(clue.getLabel(), k.getCaseNumber());

        // no decision before the notice; the notice with a fine and a licence suspension
        assertThatThrownBy(() -> step(inspector, k.getId(), CaseCommand.of(CaseAction.DECIDE, today.minusDays(19),
                null))).isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.case.notice.first");
        step(inspector, k.getId(), new CaseCommand(CaseAction.ISSUE_NOTICE, today.minusDays(18), null,
                EnumSet.of(PenaltyKind.FINE, PenaltyKind.LICENCE_SUSPENSION), new BigDecimal("50000"),
                "罚款人民币伍万元,暂扣生产许可证三个月", licence.getId(), null, null));
        byte[] notice = as(inspector, () -> documents.notice(cases.get(k.getId()), Locale.SIMPLIFIED_CHINESE));
        try (PDDocument doc = Loader.loadPDF(notice)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("行政处罚告知书",
                    k.getCaseNumber(), enterprise.getName(), "陈述、申辩").doesNotContain("听证");
            // the shared layout: the case number as its 文号, a Chinese date, page numbers, the QR code
            assertThat(PdfChecks.pageText(doc, 1)).contains("台州市市场监督管理局", k.getCaseNumber(),
                    chinese(today.minusDays(18)), "第1页共" + doc.getNumberOfPages() + "页");
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).isEqualTo(official.link("/enforcement/cases/" + k.getId()));
            PdfChecks.recordFirstPage(doc, "penalty-notice");
        }
        step(inspector, k.getId(), CaseCommand.of(CaseAction.RECORD_STATEMENT, today.minusDays(17), "当事人无异议"));
        EnforcementCase decided = step(inspector, k.getId(), CaseCommand.of(CaseAction.DECIDE, today.minusDays(16),
                null));

        assertThat(decided.getStatus()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.getDocumentNumber()).matches("台.市监处罚〔\\d{4}〕1号");
        assertThat(decided.getDueOn()).isEqualTo(today.minusDays(16).plusDays(7));
        // the licence moved through its own lifecycle, with the decision as its legal basis
        assertThat(as(head, () -> licences.get(licence.getId())).getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(jdbc.queryForObject("select legal_basis from licence_transition where licence_id = ?",
                String.class, licence.getId())).contains(decided.getDocumentNumber());
        // the violation is on the classification at once, and the class was recomputed
        assertThat(jdbc.queryForObject("select count(*) from enterprise_incident where enterprise_id = ? "
                + "and kind = 'VIOLATION'", Long.class, enterprise.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_class where enterprise_id = ?", Long.class,
                enterprise.getId())).isEqualTo(1);
        assertThat(events.stream(PenaltyDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.documentNumber()).isEqualTo(decided.getDocumentNumber());
            assertThat(e.kinds()).containsExactlyInAnyOrder(PenaltyKind.FINE, PenaltyKind.LICENCE_SUSPENSION);
            assertThat(e.fine()).isEqualByComparingTo("50000");
            assertThat(e.violation()).isEqualTo("生产销售甲醛释放量不合格的胶合板");
            assertThat(e.legalBasis()).contains("第四十九条");
            assertThat(e.penaltyContent()).contains("暂扣生产许可证");
            assertThat(e.serious()).isFalse();
        });

        // the decision reads back with its number, the enterprise and the penalty in Chinese
        byte[] pdf = as(inspector, () -> documents.decision(cases.get(k.getId()), Locale.SIMPLIFIED_CHINESE));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("行政处罚决定书", decided.getDocumentNumber(), enterprise.getName(),
                    "罚款人民币50000.00元", "暂扣许可证", "暂扣生产许可证三个月");
            // the shared layout: the decision's 文号, a Chinese date, page numbers, text inside the
            // margins, and a QR code that opens the case
            assertThat(PdfChecks.pageText(doc, 1)).contains("台州市市场监督管理局", decided.getDocumentNumber(),
                    "第1页共" + doc.getNumberOfPages() + "页");
            assertThat(text).contains(chinese(today.minusDays(16)))
                    .doesNotContain(today.minusDays(16).toString());
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).as("the QR code opens the case")
                    .isEqualTo(official.link("/enforcement/cases/" + k.getId())).startsWith("http");
            PdfChecks.recordFirstPage(doc, "penalty-decision");
        }

        // delivery, payment on the last day (no surcharge), closing by the head
        step(inspector, k.getId(), CaseCommand.of(CaseAction.DELIVER, today.minusDays(15), null));
        assertThatThrownBy(() -> step(inspector, k.getId(), CaseCommand.of(CaseAction.CLOSE, today, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        EnforcementCase paid = step(inspector, k.getId(), new CaseCommand(CaseAction.EXECUTE, today, null, null, null,
                null, null, null, new BigDecimal("50000")));
        assertThat(paid.getSurcharge()).isEqualByComparingTo("0");
        EnforcementCase closed = step(head, k.getId(), CaseCommand.of(CaseAction.CLOSE, today, "执行完毕"));
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(events.stream(CaseClosed.class)).singleElement().satisfies(e -> assertThat(e.serious()).isFalse());

        List<CaseStep> steps = as(head, () -> cases.stepsOf(k.getId()));
        assertThat(steps).extracting(CaseStep::getAction).containsExactly("OPEN", "ISSUE_NOTICE", "RECORD_STATEMENT",
                "DECIDE", "DELIVER", "EXECUTE", "CLOSE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EnforcementCase' "
                + "and entity_id = ?", Long.class, k.getId())).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? "
                + "and category = 'ENFORCEMENT'", Long.class, enterprise.getId())).isEqualTo(8);
        assertThat(as(head, () -> cases.figures(district.getId())).total().finesCollected())
                .isEqualByComparingTo("50000");
    }

    @Test
    void aRevocationGivesAHearingThatStopsTheClockAndCancelsTheLicence() {
        ProductionLicence licence = fixtures.licence(enterprise, today.minusYears(1));
        Clue clue = as(inspector, () -> clues.recordTransfer(enterprise.getId(), "台公移〔2026〕3号", "涉嫌无证生产",
                today.minusDays(40)));
        EnforcementCase k = as(head, () -> clues.open(clue.getId(), clue.getVersion(), new OpenCaseDetails(
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "许可证被暂停期间继续生产",
                "《工业产品生产许可证管理条例》第四十五条", "属实", today.minusDays(30))));
        LocalDate noticeOn = today.minusDays(25);
        EnforcementCase notified = step(inspector, k.getId(), new CaseCommand(CaseAction.ISSUE_NOTICE, noticeOn, null,
                EnumSet.of(PenaltyKind.LICENCE_REVOCATION), null, "吊销生产许可证", licence.getId(), null, null));
        assertThat(notified.isSerious()).isTrue();
        assertThat(notified.getHearingRequestBy()).isEqualTo(calendar.after(noticeOn, 5));
        // no decision while the party may still ask for a hearing
        assertThatThrownBy(() -> step(inspector, k.getId(), CaseCommand.of(CaseAction.DECIDE, noticeOn.plusDays(1),
                null))).isInstanceOf(BusinessRuleException.class);

        EnforcementCase hearing = step(inspector, k.getId(), CaseCommand.of(CaseAction.REQUEST_HEARING,
                noticeOn.plusDays(1), null));
        assertThat(hearing.getDueOn()).as("the clock stops during the hearing").isNull();
        EnforcementCase held = step(inspector, k.getId(), CaseCommand.of(CaseAction.HOLD_HEARING,
                noticeOn.plusDays(11), "听证会已举行"));
        assertThat(held.getDecisionDue()).isEqualTo(today.minusDays(30).plusDays(90 + 10));
        EnforcementCase decided = step(inspector, k.getId(), CaseCommand.of(CaseAction.DECIDE, noticeOn.plusDays(12),
                null));
        assertThat(as(head, () -> licences.get(licence.getId())).getStatus()).isEqualTo(LicenceStatus.CANCELLED);
        assertThat(decided.getDocumentNumber()).endsWith("1号");

        step(inspector, k.getId(), CaseCommand.of(CaseAction.DELIVER, noticeOn.plusDays(13), null));
        step(inspector, k.getId(), CaseCommand.of(CaseAction.EXECUTE, noticeOn.plusDays(14), null));
        step(head, k.getId(), CaseCommand.of(CaseAction.CLOSE, noticeOn.plusDays(15), null));
        assertThat(events.stream(CaseClosed.class)).singleElement().satisfies(e -> assertThat(e.serious()).isTrue());
    }

    @Test
    void decisionNumbersAreGapFreePerDistrictAndYear() {
        EnforcementCase first = as(inspector, () -> cases.decideOnTheSpot(new SimpleCaseDetails(enterprise.getId(),
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "未按规定标注生产日期",
                "《产品质量法》第二十七条", EnumSet.of(PenaltyKind.WARNING), null, "警告", today)));
        EnforcementCase second2 = as(inspector, () -> cases.decideOnTheSpot(new SimpleCaseDetails(enterprise.getId(),
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "未按规定标注厂址",
                "《产品质量法》第二十七条", EnumSet.of(PenaltyKind.FINE), new BigDecimal("3000"), "罚款三千元", today)));
        assertThat(first.getStatus()).isEqualTo(CaseStatus.DELIVERED);
        assertThat(first.getDocumentNumber()).endsWith("〔" + today.getYear() + "〕1号");
        assertThat(second2.getDocumentNumber()).endsWith("〔" + today.getYear() + "〕2号");
        // above the on-the-spot limit the simple procedure refuses, and takes no number
        assertThatThrownBy(() -> as(inspector, () -> cases.decideOnTheSpot(new SimpleCaseDetails(enterprise.getId(),
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "x", "y",
                EnumSet.of(PenaltyKind.FINE), new BigDecimal("3000.01"), "z", today))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("enforcement.case.simple.limit");
        assertThat(jdbc.queryForObject("select last_value from document_sequence where district_id = ? "
                + "and kind = 'enforcement-decision'", Integer.class, district.getId())).isEqualTo(2);
    }

    /** A date as the bureau's documents print it in Chinese: 2026年3月2日. */
    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

/** Recording, idempotent submission and post-processing with its deadlines, on PostgreSQL. */
class SpotCheckWorkflowIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    BatchService batches;

    @Autowired
    PassRateService passRates;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    LocalDate today;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        second = fixtures.user(Role.INSPECTOR, district.getId());
        today = batches.today();
    }

    private <T> T asInspector(Supplier<T> work) {
        return fixtures.as(Fixtures.details(inspector), work);
    }

    private SamplingBatch failed(LocalDate sampledOn) {
        return asInspector(() -> batches.record(data.sampling(enterprise, product, inspector, second, sampledOn),
                sampledOn.plusDays(10), "BG1", data.results(product, "0.3")));
    }

    private SamplingBatch step(SamplingBatch b, PostProcessingAction action, LocalDate on, LocalDate due,
                               String agency) {
        SamplingBatch current = asInspector(() -> batches.get(b.getId()));
        return asInspector(() -> batches.advance(b.getId(), current.getVersion(), new StepCommand(action, on, due,
                agency, null, action == PostProcessingAction.RECORD_RETEST ? data.results(product, "0.1") : null)));
    }

    @Test
    void verdictIsDerivedFromTheItemsAndAFailureIsDueForNotification() {
        LocalDate sampled = today.minusDays(40);
        SamplingBatch b = failed(sampled);

        assertThat(b.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(b.getVerdict()).isEqualTo(Judgement.FAIL);
        assertThat(b.getStepDueOn()).isEqualTo(sampled.plusDays(10 + 10));
        assertThat(b.isOverdue(today)).isTrue();
        assertThat(b.isFinal(today)).isFalse();
        assertThat(asInspector(() -> batches.searchRows(new BatchQuery(null, null, null, null, enterprise.getId(),
                null, null, null, null, true, today), org.springframework.data.domain.Pageable.unpaged()))
                .getContent()).extracting(BatchRow::id).containsExactly(b.getId());
    }

    @Test
    void objectionWindowRunsFifteenDaysFromNotification() {
        SamplingBatch b = failed(today.minusDays(60));
        LocalDate notified = today.minusDays(45);
        b = step(b, PostProcessingAction.NOTIFY, notified, null, null);
        assertThat(b.getObjectionDeadline()).isEqualTo(notified.plusDays(15));

        SamplingBatch late = b;
        assertThatThrownBy(() -> step(late, PostProcessingAction.REQUEST_RETEST, notified.plusDays(16), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.retest.windowClosed");
        assertThatThrownBy(() -> step(late, PostProcessingAction.ORDER_RECTIFICATION, notified.plusDays(15),
                notified.plusDays(45), null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.rectification.windowOpen");
        // no re-test asked within the window: the failure is final and counts
        assertThat(asInspector(() -> batches.get(late.getId())).isFinal(today)).isTrue();

        b = step(b, PostProcessingAction.ORDER_RECTIFICATION, notified.plusDays(16), notified.plusDays(46), null);
        assertThat(b.getStatus()).isEqualTo(BatchStatus.RECTIFICATION_ORDERED);
        assertThat(b.getStepDueOn()).isEqualTo(notified.plusDays(46));
        b = step(b, PostProcessingAction.REINSPECT, notified.plusDays(40), null, null);
        b = step(b, PostProcessingAction.CLOSE, notified.plusDays(41), null, null);
        assertThat(b.getStatus()).isEqualTo(BatchStatus.CLOSED);
        assertThat(b.isOverdue(today)).isFalse();

        Long batchId = b.getId();
        assertThat(jdbc.queryForList("select step from batch_step where batch_id = ? order by id", String.class,
                batchId)).containsExactly("SAMPLED", "RESULTS_RECORDED", "NOTIFIED", "RECTIFICATION_ORDERED",
                "REINSPECTED", "CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? and link = ?",
                Integer.class, enterprise.getId(), "/spotchecks/batches/" + batchId)).isEqualTo(6);
    }

    @Test
    void reTestByAnotherAgencyMayOverturnTheVerdict() {
        SamplingBatch b = failed(today.minusDays(50));
        LocalDate notified = today.minusDays(35);
        b = step(b, PostProcessingAction.NOTIFY, notified, null, null);
        b = step(b, PostProcessingAction.REQUEST_RETEST, notified.plusDays(15), null, null);
        assertThat(b.isFinal(today)).isFalse();

        SamplingBatch pending = b;
        assertThatThrownBy(() -> step(pending, PostProcessingAction.RECORD_RETEST, today.minusDays(5), null,
                "台州市产品质量安全检测研究院"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.retest.sameAgency");

        b = step(b, PostProcessingAction.RECORD_RETEST, today.minusDays(5), null, "浙江省轻工业品质量检验研究院");
        assertThat(b.getStatus()).isEqualTo(BatchStatus.OVERTURNED);
        assertThat(b.getInitialVerdict()).isEqualTo(Judgement.FAIL);
        assertThat(b.getVerdict()).isEqualTo(Judgement.PASS);
        assertThat(b.isFinal(today)).isTrue();
    }

    @Test
    void passRateCountsFinalVerdictsOnlyAndAgreesWithTheJavaRule() {
        LocalDate day = today.minusDays(70);
        asInspector(() -> batches.record(data.sampling(enterprise, product, inspector, second, day), day.plusDays(5),
                "BG", data.results(product, "0.05")));
        SamplingBatch finalFailure = failed(day);
        step(finalFailure, PostProcessingAction.NOTIFY, day.plusDays(12), null, null);
        SamplingBatch openWindow = failed(day);
        step(openWindow, PostProcessingAction.NOTIFY, today.minusDays(2), null, null);
        failed(day);

        PassRate rate = fixtures.asSystemAdmin(() -> passRates.rate(PassRateSlice.period(day, day)
                .withDistrict(district.getId())));

        assertThat(rate.batches()).isEqualTo(2);
        assertThat(rate.passed()).isEqualTo(1);
        assertThat(rate.enterprises()).isEqualTo(1);
        assertThat(rate.percent()).isEqualByComparingTo("50.0");
    }

    @Test
    void theSameSubmissionTwiceMakesOneBatch() {
        BatchDetails form = data.sampling(enterprise, product, inspector, second, today);

        SamplingBatch first = asInspector(() -> batches.record(form));
        SamplingBatch again = asInspector(() -> batches.record(form));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                form.formNumber())).isEqualTo(1);
    }

    @Test
    void aSamplingNeedsTwoSamplersFromTheRosterAndAFreshFormNumber() {
        BatchDetails one = data.sampling(enterprise, product, inspector, second, today);
        BatchDetails lonely = new BatchDetails(one.formNumber(), null, one.enterpriseId(), one.categoryId(), null,
                null, null, null, 1, 1, "张", today, "仓库", "机构", Set.of(inspector.getId()), null);
        assertThatThrownBy(() -> asInspector(() -> batches.record(lonely)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.batch.samplersTooFew");

        User outsider = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        BatchDetails foreignSampler = new BatchDetails(one.formNumber(), null, one.enterpriseId(), one.categoryId(),
                null, null, null, null, 1, 1, "张", today, "仓库", "机构", Set.of(inspector.getId(), outsider.getId()),
                null);
        assertThatThrownBy(() -> asInspector(() -> batches.record(foreignSampler)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.batch.samplerNotInRoster");

        asInspector(() -> batches.record(one));
        BatchDetails sameNumber = data.sampling(enterprise, product, inspector, second, today);
        BatchDetails duplicate = new BatchDetails(one.formNumber(), null, sameNumber.enterpriseId(),
                sameNumber.categoryId(), null, null, null, null, 1, 1, "张", today, "仓库", "机构",
                sameNumber.samplerIds(), sameNumber.submissionToken());
        assertThatThrownBy(() -> asInspector(() -> batches.record(duplicate)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.batch.formNumberDuplicate");
    }

    @Test
    void evidencePhotosAreStoredInTheDatabaseWhenTheirTypeAndSizeAreRight() {
        SamplingBatch b = asInspector(() -> batches.record(data.sampling(enterprise, product, inspector, second,
                today)));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        PhotoInfo stored = asInspector(() -> batches.addPhoto(b.getId(), "现场.png", "image/png", png));

        assertThat(stored.sizeBytes()).isEqualTo(png.length);
        assertThat(asInspector(() -> batches.photo(b.getId(), stored.id())).getData()).isEqualTo(png);
        assertThatThrownBy(() -> asInspector(() -> batches.addPhoto(b.getId(), "x.png", "image/png",
                "<script>".getBytes())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.photo.type");
        assertThatThrownBy(() -> asInspector(() -> batches.addPhoto(b.getId(), "x.pdf", "application/pdf",
                "%PDF-1.7".getBytes())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.photo.type");
        byte[] huge = new byte[(int) BatchPhoto.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> asInspector(() -> batches.addPhoto(b.getId(), "big.jpg", "image/jpeg", huge)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.photo.tooLarge");
    }
}

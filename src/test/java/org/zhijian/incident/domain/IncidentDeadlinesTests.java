package org.zhijian.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.time.WorkingDayCalendar;

/** The deadline flags: the initial report within 2 hours, the assessment window in working days. */
class IncidentDeadlinesTests {

    private static final Instant OCCURRED = Instant.parse("2026-05-06T02:00:00Z");

    private static QualityIncident incident(Duration within) {
        return new QualityIncident(new IncidentDetails("电动自行车电池起火", IncidentLevel.III, null, 1L, "起火", OCCURRED,
                false, null), null, within, "head", OCCURRED.plusSeconds(60));
    }

    @Test
    void theInitialReportIsDueTwoHoursAfterTheOccurrenceByDefault() {
        QualityIncident i = incident(IncidentProperties.defaults().initialReportWithin());
        assertThat(i.getReportDueAt()).isEqualTo(OCCURRED.plus(Duration.ofHours(2)));
        assertThat(i.isInitialReportLate(OCCURRED.plus(Duration.ofMinutes(119)))).isFalse();
        assertThat(i.isInitialReportLate(OCCURRED.plus(Duration.ofHours(2)))).isFalse();
        assertThat(i.isInitialReportLate(OCCURRED.plus(Duration.ofMinutes(121)))).isTrue();
        assertThat(i.isInitialReportDue()).isTrue();
    }

    @Test
    void aReportInTimeStaysInTimeAndALateOneStaysLate() {
        QualityIncident onTime = incident(Duration.ofHours(2));
        onTime.report(IncidentReportKind.INITIAL, "首报", true, "head", OCCURRED.plus(Duration.ofMinutes(90)));
        assertThat(onTime.isInitialReportLate(OCCURRED.plus(Duration.ofDays(3)))).isFalse();
        assertThat(onTime.isInitialReportDue()).isFalse();

        QualityIncident late = incident(Duration.ofHours(2));
        late.report(IncidentReportKind.INITIAL, "首报", true, "head", OCCURRED.plus(Duration.ofHours(3)));
        assertThat(late.isInitialReportLate(OCCURRED.plus(Duration.ofHours(3)))).isTrue();
    }

    @Test
    void theDeadlineIsConfigurable() {
        QualityIncident i = incident(Duration.ofHours(1));
        assertThat(i.isInitialReportLate(OCCURRED.plus(Duration.ofMinutes(61)))).isTrue();
    }

    @Test
    void reportsComeInOrderAndAClosingReportWaitsForTheSpecialInspection() {
        QualityIncident i = incident(Duration.ofHours(2));
        Instant t = OCCURRED.plus(Duration.ofHours(1));
        assertThatThrownBy(() -> i.report(IncidentReportKind.FOLLOW_UP, "续报", true, "head", t))
                .isInstanceOf(BusinessRuleException.class);
        i.report(IncidentReportKind.INITIAL, "首报", true, "head", t);
        assertThatThrownBy(() -> i.report(IncidentReportKind.INITIAL, "再次首报", true, "head", t))
                .isInstanceOf(BusinessRuleException.class);
        i.specialInspection("专项检查", List.of(1L, 2L), LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 6), "head", t);
        assertThat(i.getStatus()).isEqualTo(IncidentStatus.RESPONDING);
        assertThat(i.inspectionDistricts()).containsExactly(1L, 2L);
        assertThatThrownBy(() -> i.report(IncidentReportKind.CLOSING, "终报", false, "head", t))
                .isInstanceOf(BusinessRuleException.class);
        i.report(IncidentReportKind.CLOSING, "终报", true, "head", t);
        assertThat(i.getStatus()).isEqualTo(IncidentStatus.CLOSED);
        assertThatThrownBy(() -> i.report(IncidentReportKind.FOLLOW_UP, "续报", true, "head", t))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anIncidentCannotOccurInTheFuture() {
        assertThatThrownBy(() -> new QualityIncident(new IncidentDetails("t", IncidentLevel.IV, null, 1L, "d",
                OCCURRED.plusSeconds(3600), false, null), null, Duration.ofHours(2), "head", OCCURRED))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theAssessmentWindowCountsWorkingDaysAndSkipsHolidays() {
        // Friday 1 May 2026 is Labour Day (holiday 1-5 May); Saturday 9 May is a make-up working day
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)),
                Set.of(LocalDate.of(2026, 5, 9)), Set.of(2026));
        // received Thursday 30 April: 3 working days are 6, 7 and 8 May
        assertThat(RiskInformationService.assessBy(LocalDate.of(2026, 4, 30), calendar, 3))
                .isEqualTo(LocalDate.of(2026, 5, 8));
        // received Thursday 7 May: 8 May (Fri), 9 May (make-up Saturday), 11 May (Mon)
        assertThat(RiskInformationService.assessBy(LocalDate.of(2026, 5, 7), calendar, 3))
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void anItemIsOverdueOnlyAfterItsLastDayAndOnlyWhileOpen() {
        LocalDate assessBy = LocalDate.of(2026, 5, 8);
        RiskInformation r = new RiskInformation(RiskSource.MEDIA, null, 1L, "网络舆情:某品牌儿童玩具异味", "微博", OCCURRED,
                assessBy, null, "inspector", OCCURRED);
        assertThat(r.isAssessmentOverdueOn(assessBy)).isFalse();
        assertThat(r.isAssessmentOverdueOn(assessBy.plusDays(1))).isTrue();
        r.startAssessment("head", OCCURRED);
        assertThat(r.isAssessmentOverdueOn(assessBy.plusDays(1))).isTrue();
        r.close(RiskAction.NONE, "经核实为误传", null, "head", assessBy.plusDays(1), OCCURRED);
        assertThat(r.isAssessmentOverdueOn(assessBy.plusDays(1))).isFalse();
        assertThat(r.getStatus()).isEqualTo(RiskInformationStatus.CLOSED);
    }

    @Test
    void aClosedItemCannotBeReopenedOrClosedAgain() {
        RiskInformation r = new RiskInformation(RiskSource.REPORT, null, 1L, "举报", null, OCCURRED,
                LocalDate.of(2026, 5, 8), null, "inspector", OCCURRED);
        assertThatThrownBy(() -> r.close(RiskAction.NONE, " ", null, "head", LocalDate.of(2026, 5, 7), OCCURRED))
                .isInstanceOf(BusinessRuleException.class);
        r.close(RiskAction.CLUE, "涉嫌生产不合格产品", null, "head", LocalDate.of(2026, 5, 7), OCCURRED);
        assertThatThrownBy(() -> r.startAssessment("head", OCCURRED)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> r.close(RiskAction.NONE, "再次", null, "head", LocalDate.of(2026, 5, 7), OCCURRED))
                .isInstanceOf(BusinessRuleException.class);
    }
}

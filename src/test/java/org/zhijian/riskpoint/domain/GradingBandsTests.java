package org.zhijian.riskpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhijian.system.BusinessRuleException;

class GradingBandsTests {

    private final GradingBands ls = GradingBands.defaults(RiskMethod.LS);
    private final GradingBands lec = GradingBands.defaults(RiskMethod.LEC);

    @ParameterizedTest(name = "LS {0}×{1} = {2}")
    @CsvSource({
            "1,1,LOW", "2,4,LOW", "4,2,LOW",
            "3,3,GENERAL", "2,5,GENERAL", "3,4,GENERAL",
            "3,5,SIGNIFICANT", "4,4,SIGNIFICANT",
            "4,5,MAJOR", "5,5,MAJOR"})
    void lsGradesEveryBandEdge(int l, int s, RiskGrade expected) {
        assertThat(ls.grade(Assessment.ls(l, s))).isEqualTo(expected);
    }

    @Test
    void lsBandEdgesAsDomainStatesThem() {
        assertThat(ls.grade(new java.math.BigDecimal("8"))).isEqualTo(RiskGrade.LOW);
        assertThat(ls.grade(new java.math.BigDecimal("9"))).isEqualTo(RiskGrade.GENERAL);
        assertThat(ls.grade(new java.math.BigDecimal("12"))).isEqualTo(RiskGrade.GENERAL);
        assertThat(ls.grade(new java.math.BigDecimal("15"))).isEqualTo(RiskGrade.SIGNIFICANT);
        assertThat(ls.grade(new java.math.BigDecimal("16"))).isEqualTo(RiskGrade.SIGNIFICANT);
        assertThat(ls.grade(new java.math.BigDecimal("20"))).isEqualTo(RiskGrade.MAJOR);
        assertThat(ls.grade(new java.math.BigDecimal("25"))).isEqualTo(RiskGrade.MAJOR);
    }

    @ParameterizedTest(name = "LEC D = {0}")
    @CsvSource({
            "70,GENERAL_NOT", "70.01,GENERAL", "160,GENERAL", "160.5,SIGNIFICANT", "320,SIGNIFICANT",
            "320.01,MAJOR", "0.05,LOW"})
    void lecGradesAtEveryEdge(String d, String expected) {
        RiskGrade want = expected.equals("GENERAL_NOT") ? RiskGrade.LOW : RiskGrade.valueOf(expected);
        assertThat(lec.grade(new java.math.BigDecimal(d))).isEqualTo(want);
    }

    @Test
    void lecFromTableValues() {
        assertThat(lec.grade(Assessment.lec("1", "6", "7"))).as("D=42").isEqualTo(RiskGrade.LOW);
        assertThat(lec.grade(Assessment.lec("1", "10", "7"))).as("D=70").isEqualTo(RiskGrade.LOW);
        assertThat(lec.grade(Assessment.lec("3", "6", "7"))).as("D=126").isEqualTo(RiskGrade.GENERAL);
        assertThat(lec.grade(Assessment.lec("1", "6", "40"))).as("D=240").isEqualTo(RiskGrade.SIGNIFICANT);
        assertThat(lec.grade(Assessment.lec("6", "6", "15"))).as("D=540").isEqualTo(RiskGrade.MAJOR);
        assertThat(lec.grade(Assessment.lec("0.5", "0.5", "1"))).as("D=0.25").isEqualTo(RiskGrade.LOW);
    }

    @Test
    void changedBandsGradeDifferently() {
        GradingBands stricter = new GradingBands(RiskMethod.LS, List.of(
                GradingBands.t(RiskGrade.MAJOR, "16", true), GradingBands.t(RiskGrade.SIGNIFICANT, "12", true),
                GradingBands.t(RiskGrade.GENERAL, "6", true), GradingBands.t(RiskGrade.LOW, "0", false)));
        assertThat(ls.grade(Assessment.ls(4, 4))).isEqualTo(RiskGrade.SIGNIFICANT);
        assertThat(stricter.grade(Assessment.ls(4, 4))).isEqualTo(RiskGrade.MAJOR);
        assertThat(stricter.grade(Assessment.ls(2, 3))).isEqualTo(RiskGrade.GENERAL);
    }

    @Test
    void bandsMustFallFromMajorToLow() {
        assertThatThrownBy(() -> new GradingBands(RiskMethod.LS, List.of(
                GradingBands.t(RiskGrade.MAJOR, "10", true), GradingBands.t(RiskGrade.SIGNIFICANT, "15", true),
                GradingBands.t(RiskGrade.GENERAL, "9", true), GradingBands.t(RiskGrade.LOW, "0", false))))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageCode()).isEqualTo("risk.band.order");
        assertThatThrownBy(() -> new GradingBands(RiskMethod.LS, List.of(GradingBands.t(RiskGrade.MAJOR, "20", true))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void valuesOutsideTheStandardTablesAreRefused() {
        assertThatThrownBy(() -> Assessment.ls(6, 1)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> Assessment.ls(0, 3)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> Assessment.lec("4", "6", "7")).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("likelihood");
        assertThatThrownBy(() -> Assessment.lec("3", "5", "7")).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("exposure");
        assertThatThrownBy(() -> Assessment.lec("3", "6", "50")).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("severity");
    }

    @Test
    void scoresMultiply() {
        assertThat(Assessment.ls(4, 5).score()).isEqualByComparingTo("20");
        assertThat(Assessment.lec("0.5", "6", "40").score()).isEqualByComparingTo("120");
    }
}

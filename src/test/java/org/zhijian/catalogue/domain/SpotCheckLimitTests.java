package org.zhijian.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;

/** Limit judgement and verdict derivation, without Spring. */
class SpotCheckLimitTests {

    @Test
    void maximumIsInclusive() {
        Limit formaldehyde = Limit.max("0.124");
        assertThat(formaldehyde.judge(new BigDecimal("0.124"))).isEqualTo(Judgement.PASS);
        assertThat(formaldehyde.judge(new BigDecimal("0.1240"))).isEqualTo(Judgement.PASS);
        assertThat(formaldehyde.judge(new BigDecimal("0.125"))).isEqualTo(Judgement.FAIL);
        assertThat(formaldehyde.display()).isEqualTo("≤ 0.124");
    }

    @Test
    void minimumIsInclusive() {
        Limit nitrogen = Limit.min("15");
        assertThat(nitrogen.judge(new BigDecimal("15.0"))).isEqualTo(Judgement.PASS);
        assertThat(nitrogen.judge(new BigDecimal("14.99"))).isEqualTo(Judgement.FAIL);
    }

    @Test
    void rangeIncludesBothEnds() {
        Limit ph = Limit.range("4.0", "8.5");
        assertThat(ph.judge(new BigDecimal("4.0"))).isEqualTo(Judgement.PASS);
        assertThat(ph.judge(new BigDecimal("8.5"))).isEqualTo(Judgement.PASS);
        assertThat(ph.judge(new BigDecimal("3.9"))).isEqualTo(Judgement.FAIL);
        assertThat(ph.judge(new BigDecimal("8.51"))).isEqualTo(Judgement.FAIL);
        assertThat(ph.display()).isEqualTo("4–8.5");
    }

    @Test
    void passFailTakesTheTestersCheckNotANumber() {
        Limit marking = Limit.passFail();
        assertThat(marking.judge(true)).isEqualTo(Judgement.PASS);
        assertThat(marking.judge(false)).isEqualTo(Judgement.FAIL);
        assertThatThrownBy(() -> marking.judge(BigDecimal.ONE)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> Limit.max("1").judge(true)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void inconsistentLimitsAreRefused() {
        assertThatThrownBy(() -> new Limit(LimitKind.MAX, BigDecimal.ONE, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("catalogue.limit.inconsistent");
        assertThatThrownBy(() -> Limit.range("9", "1")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anyFailedItemFailsTheBatch() {
        assertThat(Judgement.overall(List.of(Judgement.PASS, Judgement.PASS))).isEqualTo(Judgement.PASS);
        assertThat(Judgement.overall(List.of(Judgement.PASS, Judgement.FAIL, Judgement.PASS)))
                .isEqualTo(Judgement.FAIL);
        assertThat(Judgement.overall(List.of())).isNull();
    }
}

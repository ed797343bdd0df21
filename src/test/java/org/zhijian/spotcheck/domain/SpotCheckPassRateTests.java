package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Wilson intervals, percentage-point changes and the summary sentence on hand-computed figures. */
class SpotCheckPassRateTests {

    @Test
    void wilsonIntervalOfEightOfTen() {
        // p = 0.8, n = 10, z² = 3.8415: centre = 0.99208 / 1.38415 = 0.71674, half = 1.41602 · √0.025604 = 0.22658
        Wilson w = Wilson.of(8, 10);
        assertThat(w.lower()).isCloseTo(0.4902, within(0.0001));
        assertThat(w.upper()).isCloseTo(0.9433, within(0.0001));
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOne() {
        // 0 of 5: centre = half = 0.38415 / 1.76829 = 0.21724 → [0, 0.4345]
        Wilson none = Wilson.of(0, 5);
        assertThat(none.lower()).isCloseTo(0.0, within(1e-9));
        assertThat(none.upper()).isCloseTo(0.4345, within(0.0001));
        Wilson all = Wilson.of(3, 3);
        assertThat(all.upper()).isCloseTo(1.0, within(1e-9));
        assertThat(all.lower()).isCloseTo(0.4385, within(0.0001));
        assertThat(Wilson.of(0, 0)).isEqualTo(new Wilson(0, 1));
    }

    @Test
    void smallDistrictIsNotFlaggedButAClearlyWorseOneIs() {
        double city = 0.906;
        assertThat(Wilson.of(2, 3).whollyBelow(city)).isFalse();
        // 70 of 100: Wilson upper ≈ 0.7813 < 0.906
        assertThat(Wilson.of(70, 100).whollyBelow(city)).isTrue();
    }

    @Test
    void changeInPercentagePointsFromExactRates() {
        // 2515/2776 = 90.598 %, 2081/2400 = 86.708 % → +3.890 → +3.9
        assertThat(RateChange.points(2515, 2776, 2081, 2400)).isEqualByComparingTo("3.9");
        // 90/100 − 92/100 = −2.0
        assertThat(RateChange.points(90, 100, 92, 100)).isEqualByComparingTo("-2.0");
        // 1/3 − 1/4 = 8.333… → 8.3 ; 2/3 − 0.6 = 6.666… → 6.7 (half up)
        assertThat(RateChange.points(1, 3, 1, 4)).isEqualByComparingTo("8.3");
        assertThat(RateChange.points(2, 3, 6, 10)).isEqualByComparingTo("6.7");
    }

    @Test
    void percentHasOneDecimal() {
        assertThat(PassRate.of(2776, 2515, 2549, 121).percent()).isEqualByComparingTo(new BigDecimal("90.6"));
        assertThat(PassRate.empty().percent()).isNull();
        assertThat(PassRate.of(3, 3, 1, 1).withPrevious(PassRate.empty()).changePoints()).isNull();
    }

    @Test
    void summarySentenceInChineseAndEnglish() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/spotcheck");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        PassRate rate = PassRate.of(2776, 2515, 2549, 121).withPrevious(PassRate.of(2400, 2081, 2300, 118));

        assertThat(SummarySentence.of(rate, messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("共对121种产品实施监督抽查,抽查2549家企业2776批次产品,平均抽样合格率为90.6%,同比提高3.9个百分点");
        assertThat(SummarySentence.of(rate, messages, Locale.ENGLISH))
                .isEqualTo("Spot checks covered 121 products: 2776 batches from 2549 enterprises, with an average "
                        + "pass rate of 90.6%, up 3.9 percentage points year on year");

        PassRate worse = PassRate.of(100, 90, 80, 5).withPrevious(PassRate.of(100, 92, 80, 5));
        assertThat(SummarySentence.of(worse, messages, Locale.SIMPLIFIED_CHINESE)).endsWith("同比下降2.0个百分点");
    }
}

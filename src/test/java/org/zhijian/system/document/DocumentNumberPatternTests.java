package org.zhijian.system.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DocumentNumberPatternTests {

    @Test
    void theYearAndSequenceFillThePattern() {
        DocumentNumberPattern p = new DocumentNumberPattern("台市监隐改〔{year}〕{seq}号");
        assertThat(p.format(2026, null, 1)).isEqualTo("台市监隐改〔2026〕1号");
        assertThat(p.format(2027, "331002", 123)).isEqualTo("台市监隐改〔2027〕123号");
    }

    @Test
    void theSequenceCanBePaddedAndTheDistrictCodeShown() {
        DocumentNumberPattern p = new DocumentNumberPattern("ZJ-{district}-{year}-{seq:4}");
        assertThat(p.format(2026, "331002", 7)).isEqualTo("ZJ-331002-2026-0007");
        assertThat(p.format(2026, "331002", 12345)).as("padding never cuts").isEqualTo("ZJ-331002-2026-12345");
        assertThat(new DocumentNumberPattern("$1\\{year}{seq}").format(2026, null, 3))
                .as("replacement characters are taken literally").isEqualTo("$1\\20263");
    }

    @Test
    void aPatternWithoutYearOrSequenceOrWithAnUnknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> new DocumentNumberPattern("台市监〔2026〕{seq}号"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{year}");
        assertThatThrownBy(() -> new DocumentNumberPattern("台市监〔{year}〕号"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumberPattern("{year}{seq}{month}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{month}");
        assertThatThrownBy(() -> new DocumentNumberPattern("{year}{seq}").format(2026, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDistrictsOwnPatternWinsOverTheKindsAndAnUnconfiguredKindGetsAPlainOne() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("zhijian.document.number.hazard-notice.pattern", "台市监隐改〔{year}〕{district}-{seq}号")
                .withProperty("zhijian.document.number.hazard-notice.district.331002", "椒市监隐改〔{year}〕{seq}号");
        DocumentNumbers numbers = new DocumentNumbers(null, env);
        assertThat(numbers.patternOf("hazard-notice", "331002").format(2026, "331002", 5))
                .isEqualTo("椒市监隐改〔2026〕5号");
        assertThat(numbers.patternOf("hazard-notice", "331003").format(2026, "331003", 5))
                .isEqualTo("台市监隐改〔2026〕331003-5号");
        assertThat(numbers.patternOf("penalty-decision", null).format(2026, null, 5))
                .isEqualTo("PENALTY-DECISION-2026-0005");
    }
}

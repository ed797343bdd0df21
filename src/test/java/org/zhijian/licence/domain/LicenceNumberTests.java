package org.zhijian.licence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenceNumberTests {

    @Test
    void parsesANationalNumberIntoItsParts() {
        LicenceNumber n = LicenceNumber.parse("XK13-011-00301");
        assertThat(n.province()).isNull();
        assertThat(n.industryCode()).isEqualTo("13");
        assertThat(n.productUnitCode()).isEqualTo("011");
        assertThat(n.serial()).isEqualTo("00301");
    }

    @Test
    void parsesAProvincialPrefix() {
        LicenceNumber n = LicenceNumber.parse("(浙)XK06-001-00123");
        assertThat(n.province()).isEqualTo("浙");
        assertThat(n.value()).isEqualTo("(浙)XK06-001-00123");
    }

    @Test
    void normalisesFullWidthCaseAndSpaces() {
        assertThat(LicenceNumber.parse(" （浙）ｘｋ06-001-00123 ").value()).isEqualTo("(浙)XK06-001-00123");
        assertThat(LicenceNumber.parse("xk13-011-00301").value()).isEqualTo("XK13-011-00301");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XK1-011-00301", "XK13-11-00301", "XK13-011-0301", "QS13-011-00301", "XK13011-00301",
            "(ZJ)XK13-011-00301", "XK13-011-003011", ""})
    void refusesMalformedNumbers(String input) {
        assertThat(LicenceNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> LicenceNumber.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsFromParts() {
        assertThat(LicenceNumber.of("浙", "06", "001", 42).value()).isEqualTo("(浙)XK06-001-00042");
        assertThat(LicenceNumber.of(null, "13", "011", 301).value()).isEqualTo("XK13-011-00301");
    }
}

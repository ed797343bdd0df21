package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhijian.enterprise.domain.InvalidSocialCreditCodeException.Reason;

class SocialCreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91330100799655058B", "91440300708461136T", "91310000132149237G"})
    void acceptsRealCodes(String code) {
        assertThat(SocialCreditCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void normalisesSpacesCaseAndFullWidthCharacters() {
        assertThat(SocialCreditCode.parse("  91330100799655058b ").value()).isEqualTo("91330100799655058B");
        assertThat(SocialCreditCode.parse("\u3000９１３３０１００７９９６５５０５８Ｂ").value())
                .isEqualTo("91330100799655058B");
        assertThat(SocialCreditCode.parse("91440300708461136t").value()).isEqualTo("91440300708461136T");
    }

    @Test
    void computesTheCheckCharacterWithTheStandardWeights() {
        assertThat(SocialCreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
        assertThat(SocialCreditCode.checkCharacter("91440300708461136")).isEqualTo('T');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9133010079965505", "91330100799655058B1"})
    void refusesAWrongLength(String code) {
        assertThatThrownBy(() -> SocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidSocialCreditCodeException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.LENGTH);
                    assertThat(e.getPosition()).isEqualTo(code.length());
                });
    }

    @Test
    void refusesCharactersOutsideTheAlphabetSayingWhere() {
        assertThatThrownBy(() -> SocialCreditCode.parse("91330100799655O58B"))
                .isInstanceOfSatisfying(InvalidSocialCreditCodeException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.CHARACTER);
                    assertThat(e.getPosition()).isEqualTo(15);
                    assertThat(e.getCharacter()).isEqualTo("O");
                });
        for (String letter : new String[] {"I", "O", "S", "V", "Z"}) {
            assertThat(SocialCreditCode.isValid("9133010079965505" + letter + "B")).isFalse();
        }
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheRightOne() {
        assertThatThrownBy(() -> SocialCreditCode.parse("91330100799655058A"))
                .isInstanceOfSatisfying(InvalidSocialCreditCodeException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.CHECK_CHARACTER);
                    assertThat(e.getCharacter()).isEqualTo("B");
                });
    }

    @Test
    void nullIsAWrongLengthNotACrash() {
        assertThatThrownBy(() -> SocialCreditCode.parse(null))
                .isInstanceOfSatisfying(InvalidSocialCreditCodeException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.LENGTH));
    }

    @Test
    void equalCodesAreEqualValues() {
        assertThat(SocialCreditCode.parse("91330100799655058b")).isEqualTo(SocialCreditCode.parse("91330100799655058B"));
        assertThat(SocialCreditCode.parse("91330100799655058B").divisionCode()).isEqualTo("330100");
    }
}

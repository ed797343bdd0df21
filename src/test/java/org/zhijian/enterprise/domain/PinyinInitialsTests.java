package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTests {

    @Test
    void theInitialsOfEachSyllableWithoutTones() {
        assertThat(PinyinInitials.of("杭州西湖食品有限公司")).isEqualTo("hzxhspyxgs");
        assertThat(PinyinInitials.of("重庆绿源电器")).isEqualTo("cqlydq");
    }

    @Test
    void numbersAndWordsInCapitalsAreKeptWhole() {
        assertThat(PinyinInitials.of("ABC电器(台州)有限公司")).isEqualTo("abcdqtzyxgs");
        assertThat(PinyinInitials.of("测试企业123有限公司")).isEqualTo("csqy123yxgs");
    }

    @Test
    void nothingToTransliterateGivesNothing() {
        assertThat(PinyinInitials.of("  ")).isNull();
        assertThat(PinyinInitials.of(null)).isNull();
        assertThat(PinyinInitials.of("（）")).isNull();
    }
}

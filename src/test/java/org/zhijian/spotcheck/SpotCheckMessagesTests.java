package org.zhijian.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The spot-check message files carry the same keys in Chinese and English, none of them empty. */
class SpotCheckMessagesTests {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SpotCheckMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        Properties zh = load("spotcheck.properties");
        Properties en = load("spotcheck_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(zh.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(en.values()).noneMatch(v -> v.toString().isBlank());
    }
}

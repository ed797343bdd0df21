package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese and English bundles carry the same keys, so no page shows a raw key in either language. */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "enterprise", "licence", "account", "spotcheck", "risk", "dashboard"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = keys("i18n/" + bundle + ".properties");
        Set<String> en = keys("i18n/" + bundle + "_en.properties");
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    private static Set<String> keys(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}

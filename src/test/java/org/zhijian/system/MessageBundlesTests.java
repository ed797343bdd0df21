package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chinese and English bundles carry the same keys, so no page shows a raw key in either language;
 * and no key is defined twice, in one file or in two bundles of one language, where the first
 * bundle of spring.messages.basename would silently shadow the other (as 行政区划代码 once labelled
 * every code). The bundles are those the application lists.
 */
class MessageBundlesTests {

    private static final Pattern KEY = Pattern.compile("^\\s*((?:\\\\.|[^=:\\s\\\\])+)");

    static List<String> bundles() throws IOException {
        Properties app = new Properties();
        try (InputStream in = resource("application.properties")) {
            app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Arrays.stream(app.getProperty("spring.messages.basename").split(","))
                .map(String::strip).toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = keys(bundle + ".properties");
        Set<String> en = keys(bundle + "_en.properties");
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsDefinedTwiceInOneFile(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            List<String> all = keysInOrder(file);
            assertThat(duplicates(all)).as("keys defined twice in %s", file).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundlesOfOneLanguage() throws IOException {
        for (String language : List.of("", "_en")) {
            Map<String, List<String>> where = new LinkedHashMap<>();
            for (String bundle : bundles()) {
                for (String key : new TreeSet<>(keysInOrder(bundle + language + ".properties"))) {
                    where.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle + language);
                }
            }
            where.values().removeIf(files -> files.size() < 2);
            assertThat(where).as("keys defined in more than one bundle").isEmpty();
        }
    }

    @Test
    void everyMessageFileBelongsToAListedBundle() throws Exception {
        Path dir = Path.of(MessageBundlesTests.class.getClassLoader().getResource("i18n").toURI());
        List<String> listed = bundles();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> "i18n/" + p.getFileName().toString().replaceAll("(_en)?\\.properties$", "")))
                    .as("message files outside spring.messages.basename are never read").allMatch(listed::contains);
        }
    }

    @Test
    void theCheckFindsADuplicate() {
        assertThat(duplicates(List.of("a", "b", "a"))).containsExactly("a");
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    /** Every key as written, duplicates kept (Properties would keep only the last). */
    private static List<String> keysInOrder(String path) throws IOException {
        List<String> keys = new ArrayList<>();
        String text;
        try (InputStream in = resource(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean continued = false;
        for (String line : text.split("\\R")) {
            boolean starts = !continued;
            continued = endsWithContinuation(line);
            String t = line.strip();
            if (!starts || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(new TreeSet<>(keys)).as("the line reader agrees with Properties on %s", path)
                .isEqualTo(keys(path));
        return keys;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Set<String> keys(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static InputStream resource(String path) {
        InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}

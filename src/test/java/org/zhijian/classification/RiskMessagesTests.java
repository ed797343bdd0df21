package org.zhijian.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The risk messages exist in both languages, and every key a risk template names is defined. */
class RiskMessagesTests {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RiskMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("risk_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("risk.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyInTheRiskTemplatesIsDefined() throws IOException {
        Set<String> defined = new HashSet<>();
        for (String bundle : new String[] {"messages", "enterprise", "licence", "account", "spotcheck", "dashboard", "risk"}) {
            defined.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (String module : new String[] {"campaign", "classification", "draw", "hazard", "inbox", "riskpoint"}) {
            try (Stream<Path> pages = Files.list(Path.of("src/main/resources/templates", module))) {
                files.addAll(pages.toList());
            }
        }
        files.add(Path.of("src/main/resources/templates/fragments/risk.html"));
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/templates/public"))) {
            files.addAll(pages.filter(f -> f.getFileName().toString().startsWith("draw")).toList());
        }
        for (Path f : files) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!defined.contains(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}

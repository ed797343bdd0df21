package org.zhijian.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests of the embedded default, as {@code ./mvnw spring-boot:run} starts it on a fresh
 * machine: an H2 file database (in a temporary folder rather than ./data), the demo city and its
 * demo accounts, served over real HTTP, and no CJK system font (the configured font path points
 * into an empty folder and the system font paths are off, as without fonts-wqy-microhei). All
 * subclasses share this one application context, so the demo city loads once for all of them:
 * they only read it (and log in).
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zhijian.scheduling.enabled=false", "zhijian.pdf.system-fonts=false"})
public abstract class EmbeddedDemoCityTests {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void h2AndNoFonts(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("zhijian-embedded");
        Path emptyFontFolder = Files.createDirectory(dir.resolve("fonts"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("zhijian")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("zhijian.pdf.font-path", () -> emptyFontFolder.resolve("wqy-microhei.ttc").toString());
    }
}

package org.zhijian.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTests {

    @Test
    void aConfiguredFontWinsOverTheKnownPaths(@TempDir Path dir) throws Exception {
        Path font = Files.createFile(dir.resolve("custom.ttf"));
        assertThat(new PdfFonts(font.toString(), PdfFonts.KNOWN_PATHS).fontPath()).isEqualTo(font);
    }

    @Test
    void aSystemFontComesBeforeTheBundledOne(@TempDir Path dir) throws Exception {
        Path system = Files.createFile(dir.resolve("system.ttc"));
        assertThat(new PdfFonts("", List.of(dir.resolve("absent.ttc").toString(), system.toString())).fontPath())
                .isEqualTo(system);
    }

    @Test
    void withNoReadableFontFileTheBundledFontIsUsed(@TempDir Path dir) {
        PdfFonts fonts = new PdfFonts(dir.toString(), List.of(dir.resolve("absent.ttc").toString()));
        assertThat(fonts.fontPath()).isNull();
        assertThat(fonts.fontSource()).isEqualTo("classpath:" + PdfFonts.BUNDLED);
    }

    @Test
    void chineseTextIsEmbeddedAsTextWithTheBundledFontAndWrapsAcrossLines() throws Exception {
        String longLine = "隐患整改通知单".repeat(30);
        byte[] pdf = new PdfFonts("", List.of()).render(pages -> {
            pages.title("测试标题");
            pages.paragraph(longLine, 11);
            pages.field("整改期限", "2026-12-31");
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("测试标题").contains("2026-12-31");
            assertThat(text.replaceAll("\\s+", "")).contains(longLine);
            assertThat(text.lines().filter(l -> l.contains("隐患整改通知单")).count()).isGreaterThan(1);
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("WenQuanYi");
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(pdf.length).as("embedded as a subset, not the whole font").isLessThan(200_000);
    }

    /**
     * Every character the application may write into a PDF from its own text — message files (both
     * languages), the demo city (names, districts, addresses, legal bases) and any other literal in
     * the sources — has a glyph in the bundled font, so nothing prints as a blank box.
     */
    @Test
    void theBundledFontHasAGlyphForEveryCharacterOfTheMessagesAndTheDemoCity() throws Exception {
        Map<Integer, String> missing = new TreeMap<>();
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(PdfFonts.BUNDLED);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int checked = 0;
            for (Path file : textFiles()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (int cp : text.codePoints().toArray()) {
                    if (cp < 0x20 || cp == 0x7F) {
                        continue;
                    }
                    checked++;
                    if (cmap.getGlyphId(cp) == 0 && !NOT_IN_THE_UPSTREAM_FONT.contains(cp)) {
                        missing.putIfAbsent(cp, file.toString());
                    }
                }
            }
            assertThat(checked).isGreaterThan(100_000);
        }
        assertThat(missing).as("characters without a glyph in the bundled font (code point -> first file)")
                .isEmpty();
    }

    /**
     * ₅ (in test-item names such as P₂O₅) and ✗ (an accepted "fail" token of the import) are not in
     * WenQuanYi Micro Hei at all, and no PDF prints them; PdfPages would print "?" for them.
     */
    private static final Set<Integer> NOT_IN_THE_UPSTREAM_FONT = Set.of(0x2085, 0x2717);

    private static List<Path> textFiles() throws IOException {
        try (Stream<Path> messages = Files.walk(Path.of("src/main/resources/i18n"));
             Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> files = Stream.concat(messages, sources)
                    .filter(p -> p.toString().endsWith(".properties") || p.toString().endsWith(".java")).toList();
            assertThat(files).anyMatch(p -> p.endsWith("DemoCityData.java"))
                    .anyMatch(p -> p.endsWith("risk.properties"));
            return files;
        }
    }
}

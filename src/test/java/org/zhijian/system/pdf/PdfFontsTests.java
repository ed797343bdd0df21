package org.zhijian.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTests {

    @Test
    void aConfiguredFontWinsOverTheKnownPaths(@TempDir Path dir) throws Exception {
        Path font = Files.createFile(dir.resolve("custom.ttf"));
        assertThat(new PdfFonts(font.toString()).fontPath()).isEqualTo(font);
    }

    @Test
    void chineseTextIsEmbeddedAsTextAndWrapsAcrossLines() throws Exception {
        assumeTrue(PdfFonts.KNOWN_PATHS.stream().anyMatch(p -> Files.isReadable(Path.of(p))), "no CJK font here");
        String longLine = "隐患整改通知单".repeat(30);
        byte[] pdf = new PdfFonts("").render(pages -> {
            pages.title("测试标题");
            pages.paragraph(longLine, 11);
            pages.field("整改期限", "2026-12-31");
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("测试标题").contains("2026-12-31");
            assertThat(text.replaceAll("\\s+", "")).contains(longLine);
            assertThat(text.lines().filter(l -> l.contains("隐患整改通知单")).count()).isGreaterThan(1);
        }
    }
}

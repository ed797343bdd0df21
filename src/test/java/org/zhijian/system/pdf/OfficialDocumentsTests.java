package org.zhijian.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhijian.support.PdfChecks;
import org.zhijian.system.document.DocumentDates;

/** The shared document layout, read back: letterhead, number, dates, page numbers, wrapping, QR code, charts. */
class OfficialDocumentsTests {

    /** A sentence ending in a full-width comma (U+FF0C), which must never begin a line. */
    static final String SENTENCE = "检验检测机构应当对其出具的检验检测报告负责\uff0c";

    static OfficialDocuments documents() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new OfficialDocuments(new PdfFonts("", List.of()), messages, new DocumentDates(messages),
                "台州市市场监督管理局", "Taizhou Administration for Market Regulation", "https://zj.example.org/");
    }

    @Test
    void aLongDocumentKeepsEveryCharacterInsideItsMarginsAndNumbersItsPages() throws Exception {
        OfficialDocuments documents = documents();
        String longTitle = "关于开展2026年度全市电动自行车及其充电器、锂离子蓄电池产品质量安全风险排查整治专项行动的工作报告"
                + "(第二阶段)";
        String latin = "Supercalifragilistic expialidocious ".repeat(12) + "https://zj.example.org/risk/hazards/123456789";
        byte[] pdf = documents.render(new OfficialDocuments.Head("台市监隐改〔2026〕17号", "/risk/hazards/42"),
                Locale.CHINA, pages -> {
                    pages.title(longTitle);
                    pages.right(longTitle, 12);
                    pages.field("一个很长很长很长很长很长很长很长很长很长很长很长很长很长的标签", "值".repeat(300));
                    pages.paragraph(latin, 11);
                    for (int i = 0; i < 60; i++) {
                        pages.paragraph("第" + i + "段:" + "企业应当建立健全产品质量安全管理制度,".repeat(5), 11);
                    }
                    pages.table(new float[] {1, 1}, List.of(new String[] {"地区", "说明"},
                            new String[] {"椒江区", "很长的说明".repeat(40)}));
                    pages.right(documents.date(LocalDate.of(2026, 11, 30), Locale.CHINA), 11);
                });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertThat(total).as("sixty paragraphs run over several pages").isGreaterThan(2);
            assertThat(PdfChecks.textOutsideTheBox(doc)).as("text outside the margins").isEmpty();
            for (int page = 1; page <= total; page++) {
                assertThat(PdfChecks.pageText(doc, page)).contains("第" + page + "页共" + total + "页");
            }
            String first = PdfChecks.pageText(doc, 1);
            assertThat(first).contains("台州市市场监督管理局", "台市监隐改〔2026〕17号", "电动自行车");
            assertThat(PdfChecks.pageText(doc, total)).contains("2026年11月30日");
            assertThat(PdfChecks.qrCode(doc, 0)).isEqualTo("https://zj.example.org/risk/hazards/42");
        }
    }

    @Test
    void noLineStartsWithClosingPunctuationAndLatinBreaksAtSpaces() throws Exception {
        PdfFonts fonts = new PdfFonts("", List.of());
        List<List<String>> wrapped = new ArrayList<>();
        fonts.render(pages -> {
            wrapped.add(pages.wrap(SENTENCE.repeat(20), 11, 200));
            wrapped.add(pages.wrap("the quick brown fox jumps over the lazy dog ".repeat(10), 11, 200));
        });
        assertThat(wrapped.get(0)).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(line).doesNotStartWith("\uff0c").doesNotStartWith("\u3002"));
        assertThat(wrapped.get(0)).as("some line would start with the comma without the rule")
                .anySatisfy(line -> assertThat(line).endsWith("\uff0c"));
        assertThat(String.join("", wrapped.get(0))).isEqualTo(SENTENCE.repeat(20));
        assertThat(wrapped.get(1)).hasSizeGreaterThan(3).allSatisfy(line ->
                assertThat(line).matches("(\\w+ )*\\w+( )?|"));
    }

    @Test
    void chartsAreDrawnAsVectorBarsWithTheirLabels() throws Exception {
        byte[] pdf = documents().render(new OfficialDocuments.Head(null, null), Locale.ENGLISH, pages -> {
            pages.columnChart(List.of(new PdfPages.Point("2026-01", 92.5, 90.0), new PdfPages.Point("2026-02", null, 88.0),
                    new PdfPages.Point("2026-03", 97.0, null)), 80, 100, "%", "This period", "A year earlier");
            pages.barChart(List.of(new PdfPages.Point("椒江区", 95.0, null), new PdfPages.Point("黄岩区", 81.2, null)),
                    70, 100, "%", "This period", null);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(PdfChecks.chartBars(doc, 0)).as("2 + 2 bars and 2 legend swatches").isEqualTo(6);
            assertThat(PdfChecks.pageText(doc, 1)).contains("2026-01", "2026-03", "椒江区", "黄岩区", "81.2%",
                    "Thisperiod", "Ayearearlier", "TaizhouAdministrationforMarketRegulation", "Page1of1");
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
        }
    }
}

package org.zhijian;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.EmbeddedDemoCityTests;
import org.zhijian.system.pdf.PdfFonts;

/**
 * The embedded default on a machine without any CJK system font (issue 8.1): the configured font
 * path points into an empty folder and the system font paths are switched off, as on a fresh
 * machine without fonts-wqy-microhei. The demo city still loads, the demo accounts work, and every
 * PDF the application produces — the closed campaign's archived reports, a hazard's rectification
 * notice, the dashboard's period report — carries its Chinese as text in the bundled font.
 */
class PdfWithoutSystemFontsTests extends EmbeddedDemoCityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PdfFonts fonts;

    @Test
    void theDemoCityStartsAndEveryPdfCarriesItsChineseInTheBundledFont() throws Exception {
        assertThat(fonts.fontSource()).isEqualTo("classpath:" + PdfFonts.BUNDLED);
        HttpClient http = loggedInAsDemoAdmin();

        List<Map<String, Object>> reports = jdbc.queryForList("select f.id, f.campaign_id, f.district_id, c.name "
                + "from risk_campaign_file f join risk_campaign c on c.id = f.campaign_id where f.kind = 'REPORT' "
                + "order by f.district_id nulls first");
        assertThat(reports).as("the demo campaign's reports, rendered once the application was ready").hasSize(3);
        for (Map<String, Object> r : reports) {
            String text = pdfText(http, "/risk/campaigns/" + r.get("campaign_id") + "/files/" + r.get("id"));
            assertThat(text).contains(r.get("name") + "排查整治报告").contains("风险点按等级统计")
                    .contains("本次排查共登记风险点");
        }

        Map<String, Object> hazard = jdbc.queryForMap("select h.id, e.name from hazard h "
                + "join enterprise e on e.id = h.enterprise_id order by h.id limit 1");
        assertThat(pdfText(http, "/risk/hazards/" + hazard.get("id") + "/notice.pdf"))
                .contains("隐患整改通知单").contains((String) hazard.get("name"))
                .as("the demo districts' own 文号 prefixes").containsPattern("[椒黄路临温玉天仙三]市监隐改〔\\d{4}〕\\d+号");

        String period = "from=" + (LocalDate.now().getYear() - 1) + "-01-01&to=" + LocalDate.now();
        assertThat(pdfText(http, "/dashboard/report?" + period + "&format=pdf&lang=zh_CN"))
                .contains("监督抽查期间报告").contains("平均抽样合格率为");
    }

    private HttpClient loggedInAsDemoAdmin() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo1234&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        return http;
    }

    /** The PDF's text as PDFBox extracts it (without line breaks), after checking its fonts are the bundled one. */
    private String pdfText(HttpClient http, String path) throws Exception {
        HttpResponse<byte[]> pdf = http.send(get(path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(path).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            for (var page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).getName()).as(path).contains("WenQuanYi");
                    assertThat(resources.getFont(name).isEmbedded()).isTrue();
                }
            }
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

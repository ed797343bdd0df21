package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Follows every figure of a rendered dashboard that links to a list, as a user would: the number
 * in the link's text must be the number of rows the linked list reports (its "共 N 条") and, on a
 * first page that holds them all, the number of rows it shows.
 */
final class FigureLinks {

    /** The lists a dashboard figure may open. */
    private static final Pattern LINK = Pattern.compile(
            "<a\\b[^>]*href=\"(/(?:spotchecks/batches|licences/expiring|risk/hazards|classification/due)\\b[^\"]*)\"[^>]*>"
                    + "([^<]*)</a>");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");
    private static final Pattern TOTAL = Pattern.compile("id=\"result-count\"[^>]*>共 ([\\d,]+) 条<");
    private static final Pattern PRODUCT_ROW = Pattern.compile("<a class=\"product-link\" href=\"([^\"]+)\">[^<]*</a>"
            + "</td>\\s*<td class=\"text-end failed\">([\\d,]+)</td>\\s*<td class=\"text-end\">([\\d,]+)</td>");
    /** The lists show 20 or 30 rows a page. */
    private static final int SMALLEST_PAGE = 20;

    /** One followed link: its figure and what the list showed. */
    record Followed(String href, long figure, long total, int rowsShown) {
    }

    private final MockMvc mvc;
    private final ZhijianUserDetails as;

    FigureLinks(MockMvc mvc, ZhijianUserDetails as) {
        this.mvc = mvc;
        this.as = as;
    }

    /** Renders the dashboard (in Chinese), follows each figure link and asserts figure = list size. */
    List<Followed> check(String dashboardPath) throws Exception {
        String page = page(dashboardPath);
        String html = page.substring(page.indexOf("id=\"kpis\"")); // the figures, not the menu
        List<Followed> followed = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            long figure = lastNumber(m.group(2));
            String list = page(href);
            Matcher total = TOTAL.matcher(list);
            assertThat(total.find()).as("the list at %s states its size", href).isTrue();
            long n = Long.parseLong(total.group(1).replace(",", ""));
            int rows = rowsShown(list);
            followed.add(new Followed(href, figure, n, rows));
            assertThat(n).as("figure '%s' on %s against the list at %s", m.group(2).strip(), dashboardPath, href)
                    .isEqualTo(figure);
            if (figure <= SMALLEST_PAGE) {
                assertThat(rows).as("rows shown at %s", href).isEqualTo((int) figure);
            } else {
                assertThat(rows).as("rows shown at %s", href).isBetween(SMALLEST_PAGE, (int) figure);
            }
        }
        assertThat(followed).as("figure links on %s", dashboardPath).isNotEmpty();
        return followed;
    }

    /**
     * Follows each product of the "failing most" table to its drill-down: the enterprises' final and
     * failed batches add up to the product row's. Returns how many products were followed.
     */
    int checkProducts(String dashboardPath) throws Exception {
        String html = page(dashboardPath);
        Matcher row = PRODUCT_ROW.matcher(html);
        int followed = 0;
        while (row.find()) {
            String product = page(row.group(1).replace("&amp;", "&"));
            assertThat(sum(product, "failed")).as("failed batches of %s", row.group(1))
                    .isEqualTo(Long.parseLong(row.group(2)));
            assertThat(sum(product, "finals")).as("final batches of %s", row.group(1))
                    .isEqualTo(Long.parseLong(row.group(3)));
            followed++;
        }
        return followed;
    }

    static long sum(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"text-end " + cssClass + "\">([\\d,]+)</td>").matcher(html);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1).replace(",", ""));
        }
        return total;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "zh_CN").with(user(as))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The figure is the last number of the link text ("90 天内到期许可证 3 张" is 3). */
    private static long lastNumber(String text) {
        Matcher n = NUMBER.matcher(text);
        String last = null;
        while (n.find()) {
            last = n.group();
        }
        assertThat(last).as("a number in the link text '%s'", text).isNotNull();
        return Long.parseLong(last.replace(",", ""));
    }

    /** Rows of the first table body after the count, leaving out the "none" row. */
    private static int rowsShown(String html) {
        int from = html.indexOf("id=\"result-count\"");
        int start = html.indexOf("<tbody>", from);
        int end = html.indexOf("</tbody>", start);
        String body = html.substring(start, end);
        int rows = 0;
        for (int i = body.indexOf("<tr"); i >= 0; i = body.indexOf("<tr", i + 1)) {
            int close = body.indexOf("</tr>", i);
            if (!body.substring(i, close).contains("colspan=")) {
                rows++;
            }
        }
        return rows;
    }
}

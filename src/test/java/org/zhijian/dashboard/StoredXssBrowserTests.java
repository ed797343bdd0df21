package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.campaign.domain.CampaignDetails;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/**
 * Script and template payloads stored in every free-text field of a small city
 * (the {@link DashboardFixture}, plus test items, steps, incidents) stay text on
 * every page and in every chart tooltip: nothing runs, the text shows literally,
 * the Content-Security-Policy is on every response and the browser reports no
 * violation of it (so the app's own scripts and charts work under it, and no
 * payload reached the DOM as markup).
 */
class StoredXssBrowserTests extends BrowserTests {

    /** For fields of 100 characters or more. */
    static final String LONG = "\"><script>window.__xss=1</script><img src=x onerror=window.__xss=1>{{7*7}}[[${7*7}]]";
    /** For fields of 60. */
    static final String SHORT = "<img src=x onerror=window.__xss=1>[[${7*7}]]";
    /** For district names (40). */
    static final String TINY = "<svg onload=window.__xss=1>{{7*7}}";

    /** Installed before any page script: records every CSP violation the page reports. */
    private static final String VIOLATION_RECORDER = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);"
            + "});";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DrawService draws;

    private DashboardFixture city;
    private User admin;

    @Test
    void hostileTextRendersInertOnEveryPageAndChartTooltip() throws Exception {
        city = new DashboardFixture(fixtures, jdbc, figures, cells);
        admin = fixtures.user(Role.ADMIN, null);
        long hazard = storeHostileText();
        long[] campaignAndDraw = campaignAndDraw();
        figures.refresh();
        cells.refresh();

        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", VIOLATION_RECORDER));
        logIn(admin.getUsername(), Fixtures.PASSWORD);
        String session = driver.manage().getCookieNamed("SESSION").getValue();

        long e0 = city.enterprisesA.get(0);
        long point = jdbc.queryForObject("select min(id) from risk_point where enterprise_id = ?", Long.class,
                city.enterprisesA.get(2));
        long licence = jdbc.queryForObject("select min(id) from production_licence where enterprise_id in ("
                + city.enterprisesA.get(0) + "," + city.enterprisesA.get(1) + "," + city.enterprisesA.get(2) + ","
                + city.enterprisesA.get(3) + ")", Long.class);
        String period = "from=2011-01-01&to=2011-12-31&categoryId=" + city.product;

        // page -> text that must show literally on it (null: only that nothing runs)
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/dashboard?" + period, LONG);
        pages.put("/dashboard/districts/" + city.districtA + "?" + period, LONG);
        pages.put("/dashboard/products/" + city.product + "?" + period, LONG);
        pages.put("/dashboard/enterprises/" + e0 + "?" + period, LONG);
        pages.put("/dashboard/report?" + period, LONG);
        pages.put("/enterprises?districtId=" + city.districtA, LONG);
        pages.put("/enterprises/" + e0, LONG);
        pages.put("/enterprises/" + e0 + "/edit", LONG);
        pages.put("/licences?districtId=" + city.districtA, LONG);
        pages.put("/licences/" + licence, LONG);
        pages.put("/licences/" + licence + "/edit", LONG);
        pages.put("/licences/expiring", null);
        pages.put("/catalogue", null);
        pages.put("/catalogue/" + city.product + "/edit", LONG);
        pages.put("/spotchecks/plans", null);
        pages.put("/spotchecks/plans/" + city.planId, LONG);
        pages.put("/spotchecks/plans/" + city.planId + "/edit", LONG);
        pages.put("/spotchecks/batches?categoryId=" + city.product, LONG);
        pages.put("/spotchecks/batches/" + city.firstBatchOfA, LONG);
        pages.put("/spotchecks/batches/new?categoryId=" + city.product + "&enterpriseId=" + e0 + "&planId="
                + city.planId, LONG);
        pages.put("/spotchecks/rates", null);
        pages.put("/risk/hazards", null);
        pages.put("/risk/hazards/" + hazard, LONG);
        pages.put("/risk/points?enterpriseId=" + city.enterprisesA.get(2), LONG);
        pages.put("/risk/points/" + point, LONG);
        pages.put("/risk/points/" + point + "/edit", LONG);
        pages.put("/classification", null);
        pages.put("/classification/" + e0, LONG);
        pages.put("/classification/" + city.enterprisesA.get(1), LONG);
        pages.put("/admin/users", null);
        pages.put("/admin/users/" + city.headA.getId() + "/edit", SHORT);
        pages.put("/admin/districts", TINY);
        pages.put("/draws", LONG);
        pages.put("/draws/" + campaignAndDraw[1], LONG);
        pages.put("/draws/conflicts", LONG);
        pages.put("/public/draws", LONG);
        pages.put("/public/draws/" + campaignAndDraw[1], LONG);
        pages.put("/risk/campaigns", LONG);
        pages.put("/risk/campaigns/" + campaignAndDraw[0], LONG);
        pages.put("/risk/campaigns/new", null);
        pages.put("/risk/hazards/new?enterpriseId=" + e0, LONG);
        pages.put("/risk/points/new?enterpriseId=" + e0, LONG);
        pages.put("/draws/new", null);
        pages.put("/swagger-ui/index.html", null);
        pages.put("/inbox", null);
        pages.put("/todo", null);
        pages.put("/todo/preferences", null);
        pages.put("/todo/outbox", null);
        pages.put("/", null);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            driver.get(url(page.getKey()));
            if (page.getKey().startsWith("/dashboard")) {
                showEveryTooltip(page.getKey(), problems);
            }
            check(page.getKey(), page.getValue(), problems);
            String csp = cspHeader(page.getKey(), session);
            if (csp == null || !csp.contains("script-src 'self';")) {
                problems.add(page.getKey() + ": Content-Security-Policy " + csp);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Opens the tooltip of the first item of every chart, as a hovering user would. */
    private void showEveryTooltip(String page, List<String> problems) {
        if (driver.findElements(By.id("chart-data")).isEmpty()) {
            if (!page.startsWith("/dashboard/products") && !page.startsWith("/dashboard/enterprises")) {
                problems.add(page + ": no charts");
            }
            return;
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
        for (String id : List.of("chart-trend", "chart-heat", "chart-hazards", "chart-grades", "chart-classes")) {
            Object text = js().executeScript("var el = document.getElementById(arguments[0]);"
                    + "if (!el) return null;"
                    + "var c = echarts.getInstanceByDom(el);"
                    + "c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});"
                    + "return el.textContent;", id);
            if ("chart-heat".equals(id) && !driver.findElements(By.id(id)).isEmpty()
                    && (text == null || !text.toString().contains(LONG))) {
                problems.add(page + ": heat-map tooltip does not show the product name as text: " + text);
            }
            Object markup = js().executeScript("var el = document.getElementById(arguments[0]);"
                    + "return el && el.querySelector('img, script, svg') ? el.innerHTML : null;", id);
            if (markup != null) {
                problems.add(page + ": markup from stored text in #" + id + ": " + markup);
            }
        }
    }

    private void check(String page, String literal, List<String> problems) {
        Object xss = js().executeScript("return window.__xss;");
        if (xss != null) {
            problems.add(page + ": stored script ran");
        }
        Object violations = js().executeScript("return window.__csp;");
        if (violations instanceof List<?> v && !v.isEmpty()) {
            problems.add(page + ": CSP violations " + v);
        }
        if (literal != null) {
            Object text = js().executeScript("return document.body.textContent + Array.from("
                    + "document.querySelectorAll('input')).map(function (i) { return i.value; }).join(' ');");
            if (text == null || !text.toString().contains(literal)) {
                problems.add(page + ": stored text not shown literally in " + driver.getTitle() + ": "
                        + driver.findElement(By.tagName("main")).getText());
            }
        }
    }

    private String cspHeader(String page, String session) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(page)))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Content-Security-Policy").orElse(null);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Writes the payloads into every free-text column of the city's rows; returns a hazard with a step. */
    private long storeHostileText() {
        String districts = city.districtA + "," + city.districtB;
        String enterprises = join(city.enterprisesA) + "," + join(city.enterprisesB);
        jdbc.update("update district set name_zh = ?, name_en = ? where id in (" + districts + ")", TINY, TINY);
        jdbc.update("update app_user set display_name = ? where id in (?, ?, ?, ?, ?)", SHORT, city.cityHead.getId(),
                city.headA.getId(), city.headB.getId(), city.inspectorA.getId(), admin.getId());
        jdbc.update("update enterprise set name = ? || id, address = ?, legal_representative = ? where id in ("
                + enterprises + ")", LONG, LONG, SHORT);
        jdbc.update("update production_licence set product_name = ?, product_unit = ?, issuing_authority = ?"
                + " where enterprise_id in (" + enterprises + ")", LONG, LONG, LONG);
        jdbc.update("update product_category set name = ?, name_en = ?, standard = ? where id = ?", LONG, LONG, LONG,
                city.product);
        long item = jdbc.queryForObject("insert into test_item (category_id, name, unit, limit_kind, upper_limit,"
                + " method) values (?, ?, ?, 'MAX', 1, ?) returning id", Long.class, city.product, LONG,
                "<b>{{7*7}}</b>", LONG);
        jdbc.update("insert into batch_result (batch_id, test_item_id, round, measured_value, limit_kind,"
                + " upper_limit, judgement) values (?, ?, 1, 2, 'MAX', 1, 'FAIL')", city.firstBatchOfA, item);
        jdbc.update("update spot_check_plan set title = ?, description = ? where id = ?", LONG, LONG, city.planId);
        jdbc.update("update sampling_batch set brand = ?, model_spec = ?, production_batch_no = ?, sampling_place = ?,"
                + " agency = ?, report_number = ?, retest_agency = ?, reinspection_note = ? where category_id = ?",
                LONG, LONG, SHORT, LONG, LONG, SHORT, LONG, LONG, city.product);
        jdbc.update("insert into batch_step (batch_id, step, occurred_on, agency, note, actor, recorded_at)"
                + " values (?, 'NOTIFIED', current_date, ?, ?, 'f', now())", city.firstBatchOfA, LONG, LONG);
        jdbc.update("update hazard set description = ?, requirement = ?, legal_basis = ?, responsible_person = ?"
                + " where enterprise_id in (" + enterprises + ")", LONG, LONG, LONG, SHORT);
        long hazard = jdbc.queryForObject("select min(id) from hazard where enterprise_id in (" + enterprises + ")",
                Long.class);
        jdbc.update("insert into hazard_step (hazard_id, action, from_status, to_status, note, actor, occurred_at)"
                + " values (?, 'REJECT', 'RECTIFIED_AWAITING_ACCEPTANCE', 'NOTIFIED', ?, 'f', now())", hazard, LONG);
        jdbc.update("update risk_point set place_name = ?, hazard = ?, controls = ?, responsible_person = ?"
                + " where enterprise_id in (" + enterprises + ")", LONG, LONG, LONG, SHORT);
        jdbc.update("update enterprise_class set override_reason = ? where enterprise_id in (" + enterprises
                + ") and override_class is not null", LONG);
        jdbc.update("insert into enterprise_incident (enterprise_id, kind, occurred_on, summary, recorded_at,"
                + " recorded_by) values (?, 'COMPLAINT', current_date, ?, now(), 'f')", city.enterprisesA.get(0), LONG);
        return hazard;
    }

    /** A campaign and a published draw named with the payload, with a conflict and a manual change; their ids. */
    private long[] campaignAndDraw() {
        var as = Fixtures.details(admin);
        User second = fixtures.user(Role.INSPECTOR, city.districtA);
        jdbc.update("update app_user set display_name = ? where id = ?", SHORT, second.getId());
        long campaign = fixtures.as(as, () -> campaigns.launch(new CampaignDetails(LONG, Set.of(Industry.WIRE_CABLE),
                Set.of(city.districtA), city.today, city.today.plusDays(30), LONG))).getId();
        long draw = fixtures.as(as, () -> draws.draw(new DrawRequest(LONG, null, city.districtA, null, null, 1, 2,
                42L))).getId();
        // a third inspector's conflict: the draw stays reproducible with two inspectors per enterprise
        User third = fixtures.user(Role.INSPECTOR, city.districtA);
        fixtures.as(as, () -> draws.recordConflict(third.getId(), city.enterprisesA.get(3), LONG));
        jdbc.update("insert into random_draw_change (draw_id, description, reason, actor, occurred_at)"
                + " values (?, ?, ?, 'f', now())", draw, LONG, LONG);
        jdbc.update("update random_draw set status = 'PUBLISHED', published_at = now() where id = ?", draw);
        return new long[] {campaign, draw};
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}

package org.zhijian.spotcheck.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * Largest Contentful Paint of the batch list and the new-batch form on a phone (390 x 844) over
 * Chromium's "Slow 4G" profile (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up), first visit
 * (empty HTTP cache, no service worker) and repeat visit (service worker and HTTP cache warm).
 * A benchmark, not a test: {@code bin/measure-field-lcp} or
 * <pre>./mvnw -B -Pbenchmark test -Dtest=FieldSpeedBenchmark</pre>
 * It prints the median of {@code zhijian.bench.runs} (default 5) runs per figure.
 */
class FieldSpeedBenchmark extends BrowserTests {

    private static final double KBIT = 1024 / 8.0;

    @Autowired
    SpotCheckTestData data;
    @Autowired
    BatchService batches;

    @Test
    void largestContentfulPaintOnAPhoneOverSlow4g() {
        int runs = Integer.getInteger("zhijian.bench.runs", 5);
        District district = fixtures.district();
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        LocalDate today = batches.today();
        for (int i = 0; i < 20; i++) {
            fixtures.as(Fixtures.details(inspector),
                    () -> batches.record(data.sampling(enterprise, product, inspector, colleague, today)));
        }
        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        String list = "/spotchecks/batches";
        String form = "/spotchecks/batches/new?enterpriseId=" + enterprise.getId() + "&categoryId=" + product.getId();
        for (String page : List.of(list, form)) {
            List<Double> first = new ArrayList<>();
            List<Double> repeat = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                forgetEverything();
                throttle(true);
                first.add(lcp(page));
                // the service worker installs during the first visit; the repeat visit is served by it
                ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(() => done(true), () => done(false));");
                repeat.add(lcp(page));
                throttle(false);
            }
            System.out.printf("LCP %-70s first visit %6.0f ms, repeat visit %6.0f ms (median of %d)%n",
                    page, median(first), median(repeat), runs);
        }
    }

    private void forgetEverything() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", url(""),
                "storageTypes", "service_workers,cache_storage"));
    }

    private void throttle(boolean on) {
        ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", on
                ? Map.of("offline", false, "latency", 562.5, "downloadThroughput", 1440 * KBIT * 0.9,
                        "uploadThroughput", 675 * KBIT * 0.9)
                : Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private double lcp(String page) {
        driver.get(url(page));
        Object v = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "let last = 0; new PerformanceObserver(l => { const e = l.getEntries(); last = e[e.length - 1].startTime; })"
                + ".observe({type: 'largest-contentful-paint', buffered: true});"
                + "setTimeout(() => done(last), 1500);");
        return ((Number) v).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

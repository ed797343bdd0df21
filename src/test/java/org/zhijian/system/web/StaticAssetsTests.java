package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhijian.support.RunningServerTests;

/**
 * Pages link static assets by versioned URLs (webjar version, content hash), which browsers may keep for a
 * year; the same files asked for without the version are not marked immutable. The benchmark's
 * Server-Timing header is off unless asked for.
 */
class StaticAssetsTests extends RunningServerTests {

    private static final Pattern BOOTSTRAP = Pattern.compile("href=\"(/webjars/bootstrap/\\d[^/\"]*/css/bootstrap\\.min\\.css)\"");
    private static final Pattern OWN_CSS = Pattern.compile("href=\"(/css/zhijian-[0-9a-f]{32}\\.css)\"");

    @Test
    void pagesLinkVersionedAssetsThatAreCachedForAYear() throws Exception {
        HttpResponse<String> login = send(httpGet("/login", null));
        assertThat(login.headers().firstValue("Server-Timing")).isEmpty();
        for (Pattern asset : new Pattern[] {BOOTSTRAP, OWN_CSS}) {
            Matcher m = asset.matcher(login.body());
            assertThat(m.find()).as(asset.pattern()).isTrue();
            HttpResponse<String> file = send(httpGet(m.group(1), null));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).hasValue(VersionedAssetCaching.IMMUTABLE);
        }
        for (String unversioned : new String[] {"/webjars/bootstrap/css/bootstrap.min.css", "/css/zhijian.css"}) {
            HttpResponse<String> file = send(httpGet(unversioned, null));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
        }
        assertThat(send(httpGet("/css/zhijian-0123456789abcdef0123456789abcdef.css", null)).statusCode())
                .isEqualTo(404);
    }
}

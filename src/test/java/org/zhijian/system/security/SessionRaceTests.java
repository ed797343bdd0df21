package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.RunningServerTests;

/**
 * Several tabs opened right after login (issue 8 point 10): their first
 * requests share a session that has no CSRF token yet and all add one.
 */
class SessionRaceTests extends RunningServerTests {

    private static final List<String> TABS = List.of("/", "/enterprises", "/licences", "/spotchecks/batches",
            "/spotchecks/plans", "/", "/enterprises", "/spotchecks/batches");

    @Test
    void parallelFirstRequestsOfAFreshSessionAllSucceed() throws Exception {
        User admin = fixtures.user(Role.ADMIN, null);
        ExecutorService pool = Executors.newFixedThreadPool(TABS.size());
        try {
            for (int round = 0; round < 6; round++) {
                String session = login(admin.getUsername(), Fixtures.PASSWORD);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> tabs = new ArrayList<>();
                for (String path : TABS) {
                    tabs.add(pool.submit(() -> {
                        start.await();
                        HttpResponse<String> r = send(httpGet(path, session));
                        return r.statusCode() + " " + path;
                    }));
                }
                start.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<String> tab : tabs) {
                    answers.add(tab.get(60, TimeUnit.SECONDS));
                }
                assertThat(answers).as("round %d", round).allSatisfy(a -> assertThat(a).startsWith("200 "));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.zhijian.system.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.support.PostgresIntegrationTests;

/** The document-number sequence on PostgreSQL: many writers at once get 1..n, no gaps and no duplicates. */
class DocumentNumbersConcurrencyTests extends PostgresIntegrationTests {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate tx;

    @Test
    void manyThreadsTakingNumbersAtOnceGetEveryNumberExactlyOnce() throws Exception {
        String kind = "t-" + UUID.randomUUID().toString().substring(0, 12);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        boolean rollBack = (thread + i) % 7 == 0;
                        Long seq = tx.execute(status -> {
                            long s = numbers.next(kind, 42L, "331002", 2026).seq();
                            if (rollBack) {
                                status.setRollbackOnly(); // the document failed to save: its number goes back
                            }
                            return s;
                        });
                        if (!rollBack) {
                            mine.add(seq);
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get(2, TimeUnit.MINUTES));
            }
            Collections.sort(all);
            assertThat(all).as("kept numbers are 1..n: no duplicates, no gaps (rolled back ones were reused)")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(all.size()).isLessThan(threads * each).isGreaterThan(threads * each / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachDistrictAndYearCountsFromOneAndTheTextFollowsThePattern() {
        String kind = "t-" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(tx.execute(s -> numbers.next(kind, 1L, "331002", 2026)).seq()).isEqualTo(1);
        assertThat(tx.execute(s -> numbers.next(kind, 1L, "331002", 2026)).seq()).isEqualTo(2);
        assertThat(tx.execute(s -> numbers.next(kind, 2L, "331003", 2026)).seq()).isEqualTo(1);
        assertThat(tx.execute(s -> numbers.next(kind, 1L, "331002", 2027)).seq()).isEqualTo(1);
        assertThat(tx.execute(s -> numbers.next(kind, null, null, 2027)).seq()).as("city-wide").isEqualTo(1);

        long unusedDistrict = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
        assertThat(tx.execute(s -> numbers.next("hazard-notice", unusedDistrict, "331002", 2026)).text())
                .as("the district's own prefix from application.properties").isEqualTo("椒市监隐改〔2026〕1号");
        assertThat(tx.execute(s -> numbers.next("hazard-notice", unusedDistrict - 1, "x9", 2026)).text())
                .as("the city's prefix with the district's code").isEqualTo("台市监隐改〔2026〕x9-1号");
    }

    @Test
    void aNumberIsTakenOnlyInsideTheDocumentsTransaction() {
        assertThatThrownBy(() -> numbers.next("t-outside", 1L, null, 2026))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}

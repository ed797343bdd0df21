package org.zhijian.system.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** A list page's total: exact when small, "more than the cap" when large, counted only when needed. */
class CappedPageTests {

    private final AtomicInteger counts = new AtomicInteger();

    private LongSupplier counting(long result) {
        return () -> {
            counts.incrementAndGet();
            return result;
        };
    }

    @Test
    void aShortFirstPageNeedsNoCount() {
        CappedPage<String> page = CappedPage.of(List.of("a", "b"), PageRequest.of(0, 20), false, counting(99), 1000);
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(page.getTotalPages()).isEqualTo(1);
        assertThat(counts).hasValue(0);
    }

    @Test
    void theLastPageKnowsItsTotalWithoutACount() {
        CappedPage<String> page = CappedPage.of(List.of("u"), PageRequest.of(2, 2), false, counting(99), 3);
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(page.isLast()).isTrue();
        assertThat(counts).hasValue(0);
    }

    @Test
    void aFullPageWithMoreRowsIsCountedExactlyUpToTheCap() {
        CappedPage<String> page = CappedPage.of(List.of("a", "b"), PageRequest.of(0, 2), true, counting(7), 1000);
        assertThat(page.getTotalElements()).isEqualTo(7);
        assertThat(page.getTotalPages()).isEqualTo(4);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(counts).hasValue(1);
    }

    @Test
    void beyondTheCapTheTotalIsOnlyKnownToExceedItAndTheNextPageIsOffered() {
        CappedPage<String> page = CappedPage.of(List.of("a", "b"), PageRequest.of(0, 2), true, counting(4), 3);
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.getCap()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.getTotalElements()).isGreaterThan(3);

        CappedPage<String> far = CappedPage.of(List.of("y", "z"), PageRequest.of(9, 2), true, counting(4), 3);
        assertThat(far.isTotalCapped()).isTrue();
        assertThat(far.hasNext()).isTrue();
        assertThat(far.getContent()).containsExactly("y", "z");
    }
}

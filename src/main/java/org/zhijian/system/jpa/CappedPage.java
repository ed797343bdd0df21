package org.zhijian.system.jpa;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A list page whose total is exact up to a cap and otherwise only known to exceed it ("more than 1,000").
 * The rows are read as a slice (one row more than the page, to know whether a next page exists), and the
 * matches are counted only when the slice cannot tell the total, and then only up to the cap. A small list
 * therefore looks exactly as with a full count; a list over millions of rows costs the same as a small one.
 */
public class CappedPage<T> extends PageImpl<T> {

    /** How far a list page counts its matches ("more than 1,000" beyond). */
    public static final int LIST_CAP = 1_000;

    private final int cap;
    private final boolean capped;

    private CappedPage(List<T> content, Pageable pageable, long total, int cap, boolean capped) {
        super(content, pageable, total);
        this.cap = cap;
        this.capped = capped;
    }

    /**
     * @param hasNext   whether rows follow this page's
     * @param countUpTo counts the matches up to {@code cap} ({@code cap + 1} meaning more)
     */
    public static <T> CappedPage<T> of(List<T> content, Pageable pageable, boolean hasNext, LongSupplier countUpTo,
                                       int cap) {
        long offset = pageable.getOffset();
        if (!hasNext && (!content.isEmpty() || offset == 0)) {
            return new CappedPage<>(content, pageable, offset + content.size(), cap, false);
        }
        long counted = countUpTo.getAsLong();
        if (counted <= cap) {
            return new CappedPage<>(content, pageable, counted, cap, false);
        }
        // more than the cap: enough of a total for the pager to offer the next page when there is one
        long known = offset + content.size() + (hasNext ? 1 : 0);
        return new CappedPage<>(content, pageable, Math.max(known, cap + 1L), cap, true);
    }

    /** The same page with its rows converted; the total and whether it is capped stay as they are. */
    @Override
    public <U> CappedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
                cap, capped);
    }

    /** Whether the total is only known to exceed {@link #getCap()}. */
    public boolean isTotalCapped() {
        return capped;
    }

    public int getCap() {
        return cap;
    }
}

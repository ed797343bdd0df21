package org.zhijian.system.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Chinese names in the order readers expect: by pinyin (ICU's CLDR collation for Chinese, whose
 * default is pinyin; tones and then strokes break ties), Latin letters among them by their own
 * letter, names that compare equal kept in their given order. The code-point order a plain
 * {@code String.compareTo} or a database's C collation gives is a dictionary order of nothing.
 */
public final class PinyinOrder {

    private static final Collator COLLATOR = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();

    /** Names by pinyin; null sorts as the empty name. */
    public static final Comparator<String> NAMES = (a, b) -> COLLATOR.compare(a == null ? "" : a, b == null ? "" : b);

    private PinyinOrder() {
    }

    /**
     * A key that sorts like {@link #NAMES} as plain text (the ICU collation key in lower-case hex,
     * so any database collation orders it byte by byte): for lists sorted and paged in SQL.
     */
    public static String sortKey(String name) {
        byte[] key = COLLATOR.getCollationKey(name == null ? "" : name).toByteArray();
        StringBuilder hex = new StringBuilder(key.length * 2);
        for (int i = 0; i < key.length; i++) {
            if (i == key.length - 1 && key[i] == 0) {
                break; // ICU ends the key with a terminating zero
            }
            hex.append(Character.forDigit((key[i] >> 4) & 0xF, 16)).append(Character.forDigit(key[i] & 0xF, 16));
        }
        return hex.toString();
    }

    /** Items by their name's pinyin. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    /** A copy of the list sorted by name (stable). */
    public static <T> List<T> sorted(List<T> items, Function<? super T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(by(name));
        return copy;
    }

    /**
     * A copy of the list with each run of consecutive items of the same group (e.g. district, as
     * the database ordered them) sorted by name, the runs kept in their order.
     */
    public static <T> List<T> sortedWithinGroups(List<T> items, Function<? super T, ?> group,
                                                 Function<? super T, String> name) {
        List<T> out = new ArrayList<>(items.size());
        List<T> run = new ArrayList<>();
        Object current = null;
        for (T item : items) {
            Object g = group.apply(item);
            if (!run.isEmpty() && !Objects.equals(g, current)) {
                run.sort(by(name));
                out.addAll(run);
                run.clear();
            }
            current = g;
            run.add(item);
        }
        run.sort(by(name));
        out.addAll(run);
        return out;
    }
}

package org.zhijian.enterprise.domain;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Pinyin initials (拼音首字母) of a Chinese name: 杭州西湖食品有限公司 gives
 * {@code hzxhspyxgs}. Letters and digits in the name keep their first
 * character per word. Computed once per name (stored with the enterprise), never
 * per keystroke.
 */
public final class PinyinInitials {

    /** ICU's Han-Latin writes one syllable per word; Latin-ASCII drops the tone marks. */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private static final int MAX_LENGTH = 200;

    private PinyinInitials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String latin;
        synchronized (TO_ASCII) { // ICU transliterators are not documented as thread-safe
            latin = TO_ASCII.transliterate(name.strip());
        }
        StringBuilder initials = new StringBuilder();
        for (String word : latin.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && initials.length() < MAX_LENGTH) {
                initials.append(word.charAt(0));
            }
        }
        return initials.isEmpty() ? null : initials.toString();
    }
}

package org.zhijian.enterprise.domain;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pinyin initials (拼音首字母) of a Chinese name: 杭州西湖食品有限公司 gives
 * {@code hzxhspyxgs}; numbers and words in capitals are kept whole (ABC电器 gives
 * {@code abcdq}). ICU picks one reading for characters with several (长 in 长安 reads
 * zhang). Computed once per name (stored with the enterprise), never per keystroke.
 */
public final class PinyinInitials {

    /** ICU's Han-Latin writes one syllable per word; Latin-ASCII drops the tone marks. */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private static final int MAX_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+|[0-9]+");

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
        Matcher word = WORD.matcher(latin);
        while (word.find() && initials.length() < MAX_LENGTH) {
            String w = word.group();
            // pinyin comes out in lower case: a number or a word written in capitals (ABC电器) is kept whole
            boolean whole = Character.isDigit(w.charAt(0)) || !w.equals(w.toLowerCase(Locale.ROOT));
            initials.append(whole ? w.toLowerCase(Locale.ROOT) : w.substring(0, 1));
        }
        if (initials.length() > MAX_LENGTH) {
            initials.setLength(MAX_LENGTH);
        }
        return initials.isEmpty() ? null : initials.toString();
    }
}

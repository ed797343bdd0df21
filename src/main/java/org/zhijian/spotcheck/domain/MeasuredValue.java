package org.zhijian.spotcheck.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.zhijian.system.BusinessRuleException;

/**
 * Reads what a tester or an agency's spreadsheet says was measured: full-width
 * digits and signs (０．１２), thousands separators and stray spaces are
 * normalised; qualitative checks read 合格/不合格 and their usual variants.
 */
public final class MeasuredValue {

    private static final Set<String> CONFORMING = Set.of("合格", "符合", "pass", "passed", "yes", "是", "√", "✓", "y");
    private static final Set<String> NON_CONFORMING = Set.of("不合格", "不符合", "fail", "failed", "no", "否", "×",
            "✗", "n");

    private MeasuredValue() {
    }

    /** Full-width ASCII to half-width, every kind of space removed. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3002') {
                c = '.';
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static BigDecimal number(String raw, String field) {
        String s = normalise(raw).replace(",", "");
        if (s.isEmpty()) {
            throw new BusinessRuleException(field, "spotcheck.result.valueRequired");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(field, "spotcheck.result.notNumeric", raw.strip());
        }
    }

    public static boolean conforming(String raw, String field) {
        String s = normalise(raw).toLowerCase();
        if (CONFORMING.contains(s)) {
            return true;
        }
        if (NON_CONFORMING.contains(s)) {
            return false;
        }
        throw new BusinessRuleException(field, "spotcheck.result.notPassFail", raw == null ? "" : raw.strip());
    }
}

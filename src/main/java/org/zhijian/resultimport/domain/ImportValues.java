package org.zhijian.resultimport.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhijian.spotcheck.domain.MeasuredValue;
import org.zhijian.system.BusinessRuleException;

/** Reads dates and whole numbers the way agencies' spreadsheets write them. */
final class ImportValues {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T ].*)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ImportValues() {
    }

    /** An Excel serial day, a yyyymmdd number, or text such as 2026-03-01, 2026/3/1, 2026年3月1日, ２０２６-０３-０１. */
    static LocalDate date(Object cell, String column) {
        if (cell == null || cell.toString().isBlank()) {
            return null;
        }
        try {
            if (cell instanceof BigDecimal n) {
                if (n.compareTo(BigDecimal.valueOf(19000101)) >= 0) {
                    return date(n.toBigInteger().toString(), column);
                }
                return EXCEL_EPOCH.plusDays(n.longValue());
            }
            String s = text(cell);
            Matcher m = DATE.matcher(s);
            if (!m.matches()) {
                m = COMPACT.matcher(s);
            }
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        throw new BusinessRuleException(column, "spotcheck.import.badDate", cell.toString().strip());
    }

    static int count(Object cell, String column) {
        try {
            BigDecimal v = cell instanceof BigDecimal n ? n
                    : new BigDecimal(MeasuredValue.normalise(cell == null ? "" : cell.toString()));
            int n = v.stripTrailingZeros().intValueExact();
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BusinessRuleException(column, "spotcheck.import.badCount", cell == null ? "" : cell.toString());
        }
    }

    /** Text trimmed of stray spaces (full-width ones too) with full-width letters and digits made half-width. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        String raw = cell instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : cell.toString();
        if (isPlain(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Most cells need no change: no full-width ASCII, no space at the ends, no run of spaces. */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000' || c == '\u00A0' || c == '\t'
                    || c == ' ' && prev == ' ') {
                return false;
            }
            prev = c;
        }
        return true;
    }
}

package org.zhijian.system.h2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Rewrites the IN lists of an expression as H2 prints it, {@code "level" IN('CITY', 'DISTRICT')},
 * into {@code "level" = ANY(ARRAY ['CITY', 'DISTRICT'])} (and {@code NOT IN} into {@code <> ALL(…)}).
 * Both forms give the same three-valued result, but H2 2.4.240 compiles a constant IN list into a
 * value set whose comparator is the session that compiled it, and the array form holds no session.
 * An {@code IN} over a subquery cannot be rewritten this way and is reported instead.
 */
final class InLists {

    /** The expression after rewriting; {@code subquery} when an IN over a subquery is left in it. */
    record Rewritten(String sql, boolean changed, boolean subquery) {
    }

    private InLists() {
    }

    static Rewritten rewrite(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        Deque<Boolean> opened = new ArrayDeque<>();
        boolean changed = false;
        boolean subquery = false;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = endOfQuoted(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (ch == '(') {
                opened.push(false);
                out.append(ch);
                i++;
            } else if (ch == ')') {
                out.append(Boolean.TRUE.equals(opened.poll()) ? "])" : ")");
                i++;
            } else {
                int list = inListStart(sql, i);
                if (list < 0) {
                    out.append(ch);
                    i++;
                } else if (startsSubquery(sql, list)) {
                    subquery = true;
                    out.append(sql, i, list);
                    opened.push(false);
                    i = list;
                } else {
                    String before = out.toString().stripTrailing();
                    if (before.toUpperCase(Locale.ROOT).endsWith(" NOT") || before.equalsIgnoreCase("NOT")) {
                        out.setLength(before.length() - 3);
                        out.append("<> ALL(ARRAY [");
                    } else {
                        out.append("= ANY(ARRAY [");
                    }
                    opened.push(true);
                    changed = true;
                    i = list;
                }
            }
        }
        return new Rewritten(out.toString(), changed, subquery);
    }

    /** The index just after the "(" of an IN keyword starting at i, or -1. */
    private static int inListStart(String sql, int i) {
        if (i == 0 || !Character.isWhitespace(sql.charAt(i - 1)) || !sql.regionMatches(true, i, "IN", 0, 2)) {
            return -1;
        }
        int j = i + 2;
        while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '(' ? j + 1 : -1;
    }

    private static boolean startsSubquery(String sql, int from) {
        String rest = sql.substring(from).stripLeading().toUpperCase(Locale.ROOT);
        return rest.startsWith("(") || rest.matches("^(SELECT|VALUES|TABLE|WITH|FROM)\\b[\\s\\S]*");
    }

    private static int endOfQuoted(String sql, int start) {
        char quote = sql.charAt(start);
        int j = start + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.length();
    }
}

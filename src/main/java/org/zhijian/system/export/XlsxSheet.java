package org.zhijian.system.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;

/**
 * Streams an .xlsx (one sheet, or several one after another) with fastexcel:
 * rows are flushed every few hundred, so an export of any size holds only those
 * in memory. Every list export and generated workbook in Zhijian goes through it.
 */
public final class XlsxSheet implements AutoCloseable {

    private static final int FLUSH_EVERY = 500;
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    private XlsxSheet(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Zhijian", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    public static XlsxSheet open(HttpServletResponse response, String fileName, String sheetName) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return new XlsxSheet(response.getOutputStream(), sheetName);
    }

    public static XlsxSheet open(OutputStream out, String sheetName) {
        return new XlsxSheet(out, sheetName);
    }

    /** A header row of column titles from message codes, in the given language. */
    public XlsxSheet header(MessageSource messages, Locale locale, String... codes) {
        return header(Arrays.stream(codes).map(code -> messages.getMessage(code, null, locale)).toList());
    }

    /** Finishes the current sheet and starts another in the same workbook. */
    public XlsxSheet nextSheet(String sheetName) throws IOException {
        sheet.finish();
        sheet = workbook.newWorksheet(sheetName(sheetName));
        row = 0;
        return this;
    }

    public XlsxSheet header(List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(row, c, inert(titles.get(c)));
            sheet.style(row, c).bold().set();
        }
        row++;
        return this;
    }

    public void add(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                sheet.value(row, c, n instanceof BigDecimal bd ? bd : n);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (v instanceof Boolean b) {
                sheet.value(row, c, b);
            } else {
                sheet.value(row, c, inert(v.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /**
     * Adds every row of a paged query, a page at a time, so a list of any
     * length is exported without loading it whole.
     */
    public <T> void addPages(IntFunction<Page<T>> pageNumberToPage, Function<T, List<?>> toRow) throws IOException {
        int number = 0;
        Page<T> page;
        do {
            page = pageNumberToPage.apply(number++);
            for (T item : page) {
                add(toRow.apply(item));
            }
        } while (page.hasNext());
    }

    /**
     * Text a user typed that starts like a formula (= + - @, or a tab or carriage
     * return before one) gets a leading apostrophe, as OWASP advises against CSV/formula
     * injection: fastexcel writes it as a string, which Excel does not evaluate on
     * opening, but one edit of the cell, or a save as CSV, would turn it into a live
     * formula. Plain numbers such as "-0.5" cannot be formulas and stay as they are.
     */
    static String inert(String text) {
        if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Excel refuses sheet names longer than 31 characters. */
    private static String sheetName(String name) {
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}

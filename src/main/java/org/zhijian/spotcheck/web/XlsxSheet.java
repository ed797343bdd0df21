package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams one sheet of an .xlsx to the response with fastexcel: rows are
 * flushed every few hundred, so an export of any size holds only those in memory.
 */
final class XlsxSheet implements AutoCloseable {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    private XlsxSheet(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Zhijian", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    static XlsxSheet open(HttpServletResponse response, String fileName, String sheetName) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return new XlsxSheet(response.getOutputStream(), sheetName);
    }

    static XlsxSheet open(OutputStream out, String sheetName) {
        return new XlsxSheet(out, sheetName);
    }

    XlsxSheet header(List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(row, c, titles.get(c));
            sheet.style(row, c).bold().set();
        }
        row++;
        return this;
    }

    void add(List<?> values) throws IOException {
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
                sheet.value(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}

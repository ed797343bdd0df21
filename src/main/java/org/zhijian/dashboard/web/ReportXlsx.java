package org.zhijian.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.DashboardView.MonthRow;
import org.zhijian.dashboard.domain.DashboardView.ProductRow;
import org.zhijian.dashboard.domain.PeriodReport;
import org.zhijian.spotcheck.passrate.PassRate;

/** The period report as an .xlsx: the summary, then one sheet per table of the report. */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static void write(PeriodReport report, MessageSource messages, Locale locale, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Zhijian", "1.0");
        Sheet summary = new Sheet(wb, msg(messages, locale, "dashboard.report.summary"));
        summary.row(msg(messages, locale, "dashboard.report.title"));
        summary.row(msg(messages, locale, "dashboard.report.scope", report.scopeName(),
                msg(messages, locale, "dashboard.period", report.view().filter().from(), report.view().filter().to())));
        summary.row(report.summary());

        Sheet districts = new Sheet(wb, msg(messages, locale, "dashboard.report.byDistrict"));
        districts.header(messages, locale, "dashboard.col.district", "dashboard.col.sampled", "dashboard.col.batches",
                "dashboard.col.passed", "dashboard.col.rate", "dashboard.col.interval", "dashboard.col.change",
                "dashboard.flagged", "dashboard.col.plan");
        for (DistrictRow d : report.view().districts()) {
            districts.row(concat(List.of(d.name(), d.plan().sampled()), rate(d.rate()),
                    List.of(d.flagged() ? "✔" : "", d.plan().done() + "/" + d.plan().planned())));
        }
        Sheet products = new Sheet(wb, msg(messages, locale, "dashboard.report.byProduct"));
        products.header(messages, locale, "dashboard.col.product", "dashboard.col.failed", "dashboard.col.batches",
                "dashboard.col.passed", "dashboard.col.rate", "dashboard.col.interval", "dashboard.col.change");
        for (ProductRow p : report.view().products()) {
            products.row(concat(List.of(p.name(), p.rate().failed()), rate(p.rate()), List.of()));
        }
        Sheet months = new Sheet(wb, msg(messages, locale, "dashboard.report.byMonth"));
        months.header(messages, locale, "dashboard.report.month", "dashboard.col.batches", "dashboard.col.rate",
                "dashboard.chart.yearEarlier");
        for (MonthRow m : report.view().trend()) {
            months.row(List.of(m.month().toString(), m.rate().batches(), orBlank(m.rate().percent()),
                    orBlank(m.yearEarlier().percent())));
        }
        wb.finish();
    }

    private static List<Object> rate(PassRate r) {
        return List.of(r.batches(), r.passed(), orBlank(r.percent()),
                r.isEmpty() ? "" : r.lowerPercent() + "–" + r.upperPercent(), orBlank(r.changePoints()));
    }

    private static Object orBlank(Object o) {
        return o == null ? "" : o;
    }

    @SafeVarargs
    private static List<Object> concat(List<?>... parts) {
        List<Object> all = new java.util.ArrayList<>();
        for (List<?> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static String msg(MessageSource messages, Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** One worksheet filled row by row. */
    private static final class Sheet {
        private final Worksheet ws;
        private int row;

        Sheet(Workbook wb, String name) {
            ws = wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        }

        void header(MessageSource messages, Locale locale, String... codes) {
            for (int c = 0; c < codes.length; c++) {
                ws.value(row, c, messages.getMessage(codes[c], null, locale));
                ws.style(row, c).bold().set();
            }
            row++;
        }

        void row(Object... values) {
            row(List.of(values));
        }

        void row(List<?> values) {
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    ws.value(row, c, n);
                } else if (v != null) {
                    ws.value(row, c, v.toString());
                }
            }
            row++;
        }
    }
}

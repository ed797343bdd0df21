package org.zhijian.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.DashboardView.MonthRow;
import org.zhijian.dashboard.domain.DashboardView.ProductRow;
import org.zhijian.dashboard.domain.PeriodReport;
import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.system.export.XlsxSheet;

/** The period report as an .xlsx: the summary, then one sheet per table of the report. */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static void write(PeriodReport report, MessageSource messages, Locale locale, OutputStream out)
            throws IOException {
        try (XlsxSheet sheet = XlsxSheet.open(out, msg(messages, locale, "dashboard.report.summary"))) {
            sheet.add(List.of(msg(messages, locale, "dashboard.report.title")));
            sheet.add(List.of(msg(messages, locale, "dashboard.report.scope", report.scopeName(),
                    msg(messages, locale, "dashboard.period", report.view().filter().from(),
                            report.view().filter().to()))));
            sheet.add(List.of(report.summary()));

            sheet.nextSheet(msg(messages, locale, "dashboard.report.byDistrict"));
            sheet.header(messages, locale, "dashboard.col.district", "dashboard.col.sampled", "dashboard.col.batches",
                    "dashboard.col.passed", "dashboard.col.rate", "dashboard.col.interval", "dashboard.col.change",
                    "dashboard.flagged", "dashboard.col.plan");
            for (DistrictRow d : report.view().districts()) {
                sheet.add(concat(List.of(d.name(), d.plan().sampled()), rate(d.rate()),
                        List.of(d.flagged() ? "✔" : "", d.plan().done() + "/" + d.plan().planned())));
            }
            sheet.nextSheet(msg(messages, locale, "dashboard.report.byProduct"));
            sheet.header(messages, locale, "dashboard.col.product", "dashboard.col.failed", "dashboard.col.batches",
                    "dashboard.col.passed", "dashboard.col.rate", "dashboard.col.interval", "dashboard.col.change");
            for (ProductRow p : report.view().products()) {
                sheet.add(concat(List.of(p.name(), p.rate().failed()), rate(p.rate())));
            }
            sheet.nextSheet(msg(messages, locale, "dashboard.report.byMonth"));
            sheet.header(messages, locale, "dashboard.report.month", "dashboard.col.batches", "dashboard.col.rate",
                    "dashboard.chart.yearEarlier");
            for (MonthRow m : report.view().trend()) {
                sheet.add(List.of(m.month().toString(), m.rate().batches(), orBlank(m.rate().percent()),
                        orBlank(m.yearEarlier().percent())));
            }
        }
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
}

package org.zhijian.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.DashboardView.MonthRow;
import org.zhijian.dashboard.domain.DashboardView.ProductRow;
import org.zhijian.dashboard.domain.EarlyWarning;
import org.zhijian.dashboard.domain.PeriodReport;
import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.system.pdf.PdfPages;

/**
 * The period report as a PDF in the bureau's document layout ({@link OfficialDocuments}: letterhead,
 * a QR code back to the same report page, page numbers): the summary sentence, the monthly trend
 * and the district comparison drawn as vector charts, and the tables by month, district and product.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    /**
     * @param path the report page with the same filter, which the QR code opens
     */
    static byte[] render(OfficialDocuments documents, PeriodReport report, MessageSource messages, Locale locale,
                         String path, LocalDate today) {
        return documents.render(new OfficialDocuments.Head(null, path), locale, pages -> {
            pages.title(msg(messages, locale, "dashboard.report.title"));
            pages.gap(6);
            pages.paragraph(msg(messages, locale, "dashboard.report.scope", report.scopeName(), msg(messages, locale,
                    "dashboard.period", documents.date(report.view().filter().from(), locale),
                    documents.date(report.view().filter().to(), locale))), 11);
            pages.heading(msg(messages, locale, "dashboard.report.summary"));
            pages.paragraph(report.summary(), 12);

            pages.heading(msg(messages, locale, "dashboard.chart.trend"));
            List<PdfPages.Point> trend = new ArrayList<>();
            for (MonthRow m : report.view().trend()) {
                trend.add(new PdfPages.Point(m.month().toString(), percent(m.rate()), percent(m.yearEarlier())));
            }
            double low = axisMinimum(trend);
            pages.columnChart(trend, low, 100, "%", msg(messages, locale, "dashboard.chart.thisPeriod"),
                    msg(messages, locale, "dashboard.chart.yearEarlier"));

            pages.heading(msg(messages, locale, "dashboard.report.districtChart"));
            List<PdfPages.Point> byDistrict = new ArrayList<>();
            for (DistrictRow d : report.view().districts()) {
                byDistrict.add(new PdfPages.Point(d.name(), percent(d.rate()), null));
            }
            pages.barChart(byDistrict, axisMinimum(byDistrict), 100, "%",
                    msg(messages, locale, "dashboard.chart.thisPeriod"), null);

            pages.heading(msg(messages, locale, "dashboard.report.byMonth"));
            List<String[]> months = new ArrayList<>();
            months.add(new String[] {msg(messages, locale, "dashboard.report.month"),
                msg(messages, locale, "dashboard.col.batches"), msg(messages, locale, "dashboard.chart.thisPeriod"),
                msg(messages, locale, "dashboard.chart.yearEarlier")});
            for (MonthRow m : report.view().trend()) {
                months.add(new String[] {m.month().toString(), String.valueOf(m.rate().batches()), pct(m.rate()),
                    pct(m.yearEarlier())});
            }
            pages.table(new float[] {2, 2, 2, 2}, months);

            pages.heading(msg(messages, locale, "dashboard.report.byDistrict"));
            List<String[]> districts = new ArrayList<>();
            districts.add(header(messages, locale, "dashboard.col.district"));
            for (DistrictRow d : report.view().districts()) {
                districts.add(row(d.name() + (d.flagged() ? " ▼" : ""), d.rate()));
            }
            pages.table(new float[] {4, 2, 2, 2, 3, 2}, districts);

            pages.heading(msg(messages, locale, "dashboard.report.byProduct"));
            List<String[]> products = new ArrayList<>();
            products.add(header(messages, locale, "dashboard.col.product"));
            for (ProductRow p : report.view().products()) {
                products.add(row(p.name(), p.rate()));
            }
            pages.table(new float[] {4, 2, 2, 2, 3, 2}, products);

            pages.heading(msg(messages, locale, "dashboard.report.warnings"));
            if (report.view().warnings().isEmpty()) {
                pages.paragraph(msg(messages, locale, "dashboard.report.noWarnings"), 11);
            }
            for (EarlyWarning w : report.view().warnings()) {
                pages.paragraph(msg(messages, locale, w.kind().messageCode()) + ": " + w.subject(), 11);
            }
            pages.gap(10);
            pages.right(msg(messages, locale, "dashboard.report.generated", documents.date(today, locale)), 10);
        });
    }

    private static Double percent(PassRate r) {
        return r == null || r.isEmpty() ? null : r.percent().doubleValue();
    }

    /** The chart's lower bound: 10 points under the lowest value, rounded down to ten, at least 0. */
    private static double axisMinimum(List<PdfPages.Point> points) {
        double lowest = 100;
        for (PdfPages.Point p : points) {
            for (Double v : new Double[] {p.value(), p.comparison()}) {
                if (v != null) {
                    lowest = Math.min(lowest, v);
                }
            }
        }
        return Math.max(0, Math.floor((lowest - 10) / 10) * 10);
    }

    private static String[] header(MessageSource messages, Locale locale, String first) {
        return new String[] {msg(messages, locale, first), msg(messages, locale, "dashboard.col.batches"),
            msg(messages, locale, "dashboard.col.failed"), msg(messages, locale, "dashboard.col.rate"),
            msg(messages, locale, "dashboard.col.interval"), msg(messages, locale, "dashboard.col.change")};
    }

    private static String[] row(String name, PassRate r) {
        return new String[] {name, String.valueOf(r.batches()), String.valueOf(r.failed()), pct(r),
            r.isEmpty() ? "" : r.lowerPercent() + "–" + r.upperPercent(),
            r.changePoints() == null ? "" : r.changePoints().toPlainString()};
    }

    private static String pct(PassRate r) {
        return r.isEmpty() ? "—" : r.percent().toPlainString() + "%";
    }

    private static String msg(MessageSource messages, Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

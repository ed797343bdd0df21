package org.zhijian.dashboard.web;

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
import org.zhijian.system.pdf.PdfFonts;

/**
 * The period report as a PDF (Chinese embedded through the shared {@link PdfFonts}): the summary
 * sentence, the monthly trend drawn as bars against last year, and the tables by district and product.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] render(PdfFonts fonts, PeriodReport report, MessageSource messages, Locale locale) {
        return fonts.render(pages -> {
            pages.title(msg(messages, locale, "dashboard.report.title"));
            pages.gap(6);
            pages.paragraph(msg(messages, locale, "dashboard.report.scope", report.scopeName(), msg(messages, locale,
                    "dashboard.period", report.view().filter().from(), report.view().filter().to())), 11);
            pages.heading(msg(messages, locale, "dashboard.report.summary"));
            pages.paragraph(report.summary(), 12);

            pages.heading(msg(messages, locale, "dashboard.report.byMonth"));
            List<String[]> months = new ArrayList<>();
            months.add(new String[] {msg(messages, locale, "dashboard.report.month"),
                msg(messages, locale, "dashboard.col.batches"), msg(messages, locale, "dashboard.chart.thisPeriod"),
                msg(messages, locale, "dashboard.chart.yearEarlier"), ""});
            for (MonthRow m : report.view().trend()) {
                months.add(new String[] {m.month().toString(), String.valueOf(m.rate().batches()), pct(m.rate()),
                    pct(m.yearEarlier()), bar(m.rate())});
            }
            pages.table(new float[] {2, 2, 2, 2, 5}, months);

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
        });
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

    /** A bar for rates from 50 % (empty) to 100 % (20 blocks). */
    private static String bar(PassRate r) {
        if (r.isEmpty()) {
            return "";
        }
        int blocks = (int) Math.round(Math.max(0, r.rate() - 0.5) * 40);
        return "■".repeat(blocks);
    }

    private static String msg(MessageSource messages, Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

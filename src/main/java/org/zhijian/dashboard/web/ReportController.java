package org.zhijian.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.dashboard.domain.PeriodReport;
import org.zhijian.dashboard.domain.ReportService;
import org.zhijian.system.pdf.OfficialDocuments;
import tools.jackson.databind.json.JsonMapper;

/** The period report as a page, and the same report as .xlsx and PDF. */
@Controller
@RequestMapping("/dashboard/report")
class ReportController {

    private final ReportService reports;
    private final MessageSource messages;
    private final JsonMapper json;
    private final OfficialDocuments documents;
    private final Clock clock;

    ReportController(ReportService reports, MessageSource messages, JsonMapper json,
                     OfficialDocuments documents, Clock clock) {
        this.documents = documents;
        this.reports = reports;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String page(@ModelAttribute("filter") FilterForm form, Model model) {
        PeriodReport report = reports.report(form.toFilter(LocalDate.now(clock)));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("report", report);
        model.addAttribute("view", report.view());
        model.addAttribute("filterQuery", query(report));
        model.addAttribute("chartJson", ChartData.json(json, ChartData.of(report.view(), messages, locale)));
        return "dashboard/report";
    }

    @GetMapping(params = "format=xlsx")
    void xlsx(@ModelAttribute("filter") FilterForm form, HttpServletResponse response) throws IOException {
        PeriodReport report = reports.report(form.toFilter(LocalDate.now(clock)));
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report, "xlsx");
        ReportXlsx.write(report, messages, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping(params = "format=pdf")
    void pdf(@ModelAttribute("filter") FilterForm form, HttpServletResponse response) throws IOException {
        PeriodReport report = reports.report(form.toFilter(LocalDate.now(clock)));
        byte[] pdf = ReportPdf.render(documents, report, messages, LocaleContextHolder.getLocale(),
                "/dashboard/report?" + query(report), LocalDate.now(clock));
        attachment(response, "application/pdf", report, "pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The filter as a query string, so a link (or the PDF's QR code) opens the same report. */
    private static String query(PeriodReport report) {
        return FilterForm.query(report.view().filter())
                + (report.view().districtId() != null ? "&districtId=" + report.view().districtId() : "");
    }

    private void attachment(HttpServletResponse response, String type, PeriodReport report, String ext) {
        String name = messages.getMessage("dashboard.report.title", null, LocaleContextHolder.getLocale()) + "-"
                + report.view().filter().from() + "-" + report.view().filter().to() + "." + ext;
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}

package org.zhijian.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** Task and record lists as .xlsx, as the viewer sees them. */
@Component
class InspectionExport {

    private final Districts districts;
    private final MessageSource messages;

    InspectionExport(Districts districts, MessageSource messages) {
        this.districts = districts;
        this.messages = messages;
    }

    void tasks(IntFunction<Page<InspectionTask>> pages, LocalDate today, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var districtById = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("inspection.export.tasksFile", locale),
                msg("inspection.tasks.title", locale))) {
            sheet.header(messages, locale, "inspection.field.title", "field.enterpriseId", "field.districtId",
                    "inspection.field.source", "inspection.field.dueOn", "field.status", "inspection.field.overdue");
            sheet.addPages(pages, t -> Arrays.asList(t.getTitle(), t.getEnterprise().getName(),
                    name(districtById.get(t.getDistrictId()), locale), msg(t.getSource().messageCode(), locale),
                    t.getDueOn(), msg(t.getStatus().messageCode(), locale),
                    t.isOverdue(today) ? msg("inspection.overdue", locale) : ""));
        }
    }

    void records(IntFunction<Page<InspectionRecord>> pages, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var districtById = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("inspection.export.recordsFile", locale),
                msg("inspection.records.title", locale))) {
            sheet.header(messages, locale, "inspection.field.inspectedOn", "field.enterpriseId", "field.districtId",
                    "inspection.field.officers", "inspection.field.result", "inspection.field.representative",
                    "inspection.field.publishedOn");
            sheet.addPages(pages, r -> Arrays.asList(r.getInspectedOn(), r.getEnterprise().getName(),
                    name(districtById.get(r.getDistrictId()), locale), r.getOfficers(),
                    msg(r.getResultCategory().messageCode(), locale), r.getRepresentativeName(), r.getPublishedOn()));
        }
    }

    private static String name(District d, Locale locale) {
        return d == null ? "" : d.name(locale);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

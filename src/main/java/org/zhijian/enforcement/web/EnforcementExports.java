package org.zhijian.enforcement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.EnforcementFigures;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** The clue list, the case list and the figures as .xlsx, as the viewer sees them. */
@Component
class EnforcementExports {

    private final Districts districts;
    private final MessageSource messages;

    EnforcementExports(Districts districts, MessageSource messages) {
        this.districts = districts;
        this.messages = messages;
    }

    void clues(IntFunction<Page<Clue>> pages, LocalDate today, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var byId = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("enforcement.export.cluesFile", locale),
                msg("enforcement.clues.title", locale))) {
            sheet.header(messages, locale, "enforcement.field.clueNumber", "field.enterpriseId", "field.districtId",
                    "enforcement.field.source", "enforcement.field.sourceLabel", "enforcement.field.summary",
                    "enforcement.field.receivedOn", "enforcement.field.verifyBy", "field.status",
                    "enforcement.field.overdue");
            sheet.addPages(pages, c -> Arrays.asList(c.getLabel(), c.getEnterprise().getName(),
                    byId.get(c.getDistrictId()).name(locale), msg(c.getSourceMessageCode(), locale),
                    c.getSourceLabel(), c.getSummary(), c.getReceivedOn(), c.getVerifyBy(),
                    msg(c.getStatus().messageCode(), locale), yesNo(c.isOverdueOn(today), locale)));
        }
    }

    void cases(IntFunction<Page<EnforcementCase>> pages, LocalDate today, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var byId = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("enforcement.export.casesFile", locale),
                msg("enforcement.cases.title", locale))) {
            sheet.header(messages, locale, "enforcement.field.caseNumber", "field.enterpriseId", "field.districtId",
                    "enforcement.field.procedure", "enforcement.field.openedOn", "field.status",
                    "enforcement.field.dueOn", "enforcement.field.overdue", "enforcement.field.documentNumber",
                    "enforcement.field.penalty", "enforcement.field.fine", "enforcement.field.paidAmount",
                    "enforcement.field.closedOn");
            sheet.addPages(pages, k -> Arrays.asList(k.getCaseNumber(), k.getEnterprise().getName(),
                    byId.get(k.getDistrictId()).name(locale), msg(k.getProcedure().messageCode(), locale),
                    k.getOpenedOn(), msg(k.getStatus().messageCode(), locale), k.getDueOn(),
                    yesNo(k.isOverdueOn(today), locale), k.getDocumentNumber(),
                    k.getKinds().stream().map(p -> msg("enforcement.penalty." + p.name(), locale))
                            .collect(Collectors.joining(", ")),
                    k.getFine(), k.getPaidAmount(), k.getClosedOn()));
        }
    }

    void figures(EnforcementFigures f, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var byId = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("enforcement.export.figuresFile", locale),
                msg("enforcement.statistics.title", locale))) {
            sheet.header(messages, locale, "enforcement.statistics.month", "field.districtId",
                    "enforcement.statistics.opened", "enforcement.statistics.closed",
                    "enforcement.statistics.imposed", "enforcement.statistics.collected");
            for (EnforcementFigures.Row r : f.rows()) {
                sheet.add(Arrays.asList(r.month().toString(), byId.get(r.districtId()).name(locale), r.opened(),
                        r.closed(), r.finesImposed(), r.finesCollected()));
            }
        }
    }

    private String yesNo(boolean b, Locale locale) {
        return msg(b ? "enforcement.yes" : "enforcement.no", locale);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

package org.zhijian.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.zhijian.incident.domain.IncidentQuery;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.RiskInformationQuery;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** The .xlsx exports of the risk-information and incident lists, in the viewer's language, page by page. */
@Component
class IncidentExports {

    private static final int PAGE = 1000;

    private final RiskInformationService information;
    private final IncidentService incidents;
    private final Districts districts;
    private final MessageSource messages;

    IncidentExports(RiskInformationService information, IncidentService incidents, Districts districts,
                    MessageSource messages) {
        this.information = information;
        this.incidents = incidents;
        this.districts = districts;
        this.messages = messages;
    }

    void riskInformation(RiskInformationQuery query, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, District> byId = districts.byId();
        ZoneId zone = information.zone();
        var today = information.today();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("incident.risk.exportFile", locale),
                msg("incident.risk.title", locale))) {
            sheet.header(messages, locale, "incident.field.receivedAt", "incident.field.source", "field.districtId",
                    "field.enterpriseId", "incident.field.summary", "incident.field.informant", "field.status",
                    "incident.field.assessBy", "incident.field.overdue", "incident.field.action",
                    "incident.field.reason", "incident.field.assessedBy", "incident.field.assessedOn");
            sheet.addPages(n -> information.search(query, PageRequest.of(n, PAGE, Sort.by("receivedAt", "id"))),
                    r -> Arrays.asList(LocalDateTime.ofInstant(r.getReceivedAt(), zone).toString(),
                            msg(r.getSource().messageCode(), locale), districtName(byId, r.getDistrictId(), locale),
                            r.getEnterprise() == null ? null : r.getEnterprise().getName(), r.getSummary(),
                            r.getInformant(), msg(r.getStatus().messageCode(), locale), r.getAssessBy(),
                            r.isAssessmentOverdueOn(today) ? msg("incident.yes", locale) : null,
                            r.getAction() == null ? null : msg("incident.action." + r.getAction().name(), locale),
                            r.getReason(), r.getAssessedBy(), r.getAssessedOn()));
        }
    }

    void incidents(IncidentQuery query, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, District> byId = districts.byId();
        ZoneId zone = incidents.zone();
        var now = incidents.now();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("incident.exportFile", locale),
                msg("incident.title", locale))) {
            sheet.header(messages, locale, "incident.field.title", "incident.field.level", "field.status",
                    "field.districtId", "field.enterpriseId", "incident.field.occurredAt",
                    "incident.field.reportDueAt", "incident.field.initialReportedAt", "incident.field.reportLate",
                    "incident.field.drill", "incident.field.inspectionDueOn");
            sheet.addPages(n -> incidents.search(query, PageRequest.of(n, PAGE, Sort.by("occurredAt", "id"))),
                    i -> Arrays.asList(i.getTitle(), msg(i.getLevel().messageCode(), locale),
                            msg(i.getStatus().messageCode(), locale), districtName(byId, i.getDistrictId(), locale),
                            i.getEnterprise() == null ? null : i.getEnterprise().getName(),
                            LocalDateTime.ofInstant(i.getOccurredAt(), zone).toString(),
                            LocalDateTime.ofInstant(i.getReportDueAt(), zone).toString(),
                            i.getInitialReportedAt() == null ? null
                                    : LocalDateTime.ofInstant(i.getInitialReportedAt(), zone).toString(),
                            i.isInitialReportLate(now) ? msg("incident.yes", locale) : null,
                            i.isDrill() ? msg("incident.yes", locale) : null, i.getInspectionDueOn()));
        }
    }

    private String districtName(Map<Long, District> byId, Long id, Locale locale) {
        if (id == null) {
            return msg("incident.cityLevel", locale);
        }
        District d = byId.get(id);
        return d == null ? String.valueOf(id) : d.name(locale);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

package org.zhijian.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.zhijian.enterprise.domain.Enterprise;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** The enterprise list as .xlsx, with the page's filters and the viewer's district scope and language. */
@Component
class EnterpriseExport {

    private final EnterpriseService enterprises;
    private final Districts districts;
    private final MessageSource messages;

    EnterpriseExport(EnterpriseService enterprises, Districts districts, MessageSource messages) {
        this.enterprises = enterprises;
        this.districts = districts;
        this.messages = messages;
    }

    void write(EnterpriseQuery query, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var districtById = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("enterprise.export.file", locale),
                msg("enterprise.list.title", locale))) {
            sheet.header(messages, locale, "field.name", "field.creditCode", "field.districtId", "field.industry",
                    "field.status", "field.address", "field.legalRepresentative", "field.contactPhone",
                    "field.establishedOn");
            sheet.addPages(n -> enterprises.search(query, PageRequest.of(n, 1000, Enterprise.BY_NAME)),
                    e -> Arrays.asList(e.getName(), e.getCreditCode().value(),
                            districtById.get(e.getDistrictId()).name(locale), msg(e.getIndustry().messageCode(), locale),
                            msg(e.getStatus().messageCode(), locale), e.getAddress(), e.getLegalRepresentative(),
                            e.getContactPhone(), e.getEstablishedOn()));
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

package org.zhijian.licence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** A licence list (all, expiring, renewals due) as .xlsx, as the viewer sees it. */
@Component
class LicenceExport {

    private final Districts districts;
    private final MessageSource messages;

    LicenceExport(Districts districts, MessageSource messages) {
        this.districts = districts;
        this.messages = messages;
    }

    void write(String title, IntFunction<Page<ProductionLicence>> pages, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var districtById = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("licence.export.file", locale), title)) {
            sheet.header(messages, locale, "field.number", "field.enterpriseId", "field.creditCode", "field.districtId",
                    "field.productName", "field.productUnit", "field.issuedOn", "field.expiresOn", "field.status",
                    "field.issuingAuthority");
            sheet.addPages(pages, l -> Arrays.asList(l.getNumber().value(), l.getEnterprise().getName(),
                    l.getEnterprise().getCreditCode().value(),
                    districtById.get(l.getEnterprise().getDistrictId()).name(locale), l.getProductName(),
                    l.getProductUnit(), l.getIssuedOn(), l.getExpiresOn(), msg(l.getStatus().messageCode(), locale),
                    l.getIssuingAuthority()));
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

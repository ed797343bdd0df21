package org.zhijian.credit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.ListingFilter;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.export.XlsxSheet;

/** The credit lists as .xlsx: the listings of one filter and the penalty notices, as the user sees them. */
@Component
class CreditExports {

    private final ListingService listings;
    private final CreditService credit;
    private final Districts districts;
    private final MessageSource messages;

    CreditExports(ListingService listings, CreditService credit, Districts districts, MessageSource messages) {
        this.listings = listings;
        this.credit = credit;
        this.districts = districts;
        this.messages = messages;
    }

    void listings(ListingFilter filter, Long districtId, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var districtById = districts.byId();
        LocalDate today = listings.today();
        try (XlsxSheet sheet = XlsxSheet.open(response, "credit-listings.xlsx", msg("credit.listings.title", locale))) {
            sheet.header(messages, locale, "credit.field.enterprise", "credit.field.creditCode", "credit.field.district",
                    "credit.field.status", "credit.field.reason", "credit.field.proposedOn",
                    "credit.field.noticeNumber", "credit.field.decisionNumber", "credit.field.decidedOn",
                    "credit.field.listedUntil", "credit.field.dueOn", "credit.overdue");
            sheet.addPages(n -> listings.search(districtId, filter.statuses(), PageRequest.of(n, 1000,
                    Sort.by("proposedOn", "id"))), l -> Arrays.asList(l.getEnterprise().getName(),
                    l.getEnterprise().getCreditCode().value(), districtById.get(l.getDistrictId()).name(locale),
                    msg(l.getStatus().messageCode(), locale), l.getReason(), l.getProposedOn(), l.getNoticeNumber(),
                    l.getDecisionNumber(), l.getDecidedOn(), l.getListedUntil(), listings.terms().dueOn(l),
                    listings.terms().overdue(l, today) ? msg("credit.overdue", locale) : ""));
        }
    }

    void penalties(Long districtId, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxSheet sheet = XlsxSheet.open(response, "credit-penalties.xlsx", msg("credit.penalties.title", locale))) {
            sheet.header(messages, locale, "credit.field.documentNumber", "credit.field.enterprise",
                    "credit.field.creditCode", "credit.field.kinds", "credit.field.fine", "credit.field.decidedOn",
                    "credit.field.publishBy", "credit.field.publishedOn", "credit.field.publicUntil", "credit.late");
            sheet.addPages(n -> credit.searchNotices(districtId, PageRequest.of(n, 1000,
                    Sort.by(Sort.Direction.DESC, "decidedOn", "id"))), p -> Arrays.asList(p.getDocumentNumber(),
                    p.getEnterpriseName(), p.getCreditCode(), p.getKindList().stream()
                            .map(k -> msg("credit.penalty.kind." + k.name(), locale)).collect(Collectors.joining("、")),
                    p.getFine(), p.getDecidedOn(), p.getPublishBy(), p.getPublishedOn(), p.getPublicUntil(),
                    p.isLate() ? msg("credit.late", locale) : ""));
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

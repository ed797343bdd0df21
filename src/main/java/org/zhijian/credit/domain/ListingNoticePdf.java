package org.zhijian.credit.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.pdf.PdfFonts;

/** The advance notice of a listing (列入严重违法失信名单告知书) as a PDF, with the right to be heard. */
@Component
public class ListingNoticePdf {

    private final PdfFonts pdf;
    private final MessageSource messages;
    private final Districts districts;

    ListingNoticePdf(PdfFonts pdf, MessageSource messages, Districts districts) {
        this.pdf = pdf;
        this.messages = messages;
        this.districts = districts;
    }

    public byte[] render(Listing l, Locale locale) {
        if (l.getNoticeNumber() == null) {
            throw new BusinessRuleException("action", "credit.listing.notice.notYet");
        }
        Enterprise e = l.getEnterprise();
        return pdf.render(pages -> {
            pages.title(msg(locale, "credit.notice.title"));
            pages.right(msg(locale, "credit.notice.number", l.getNoticeNumber()), 11);
            pages.gap(8);
            pages.paragraph(msg(locale, "credit.notice.addressee", e.getName()), 12);
            pages.field(msg(locale, "credit.field.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "credit.field.reason"), l.getReason());
            pages.gap(4);
            pages.paragraph(msg(locale, "credit.notice.body"), 11);
            pages.paragraph(msg(locale, "credit.notice.rights", l.getStatementBy()), 11);
            pages.gap(10);
            pages.right(msg(locale, "credit.notice.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.right(String.valueOf(l.getNotifiedOn()), 11);
        });
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

package org.zhijian.credit.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.pdf.OfficialDocuments;

/**
 * The advance notice of a listing (列入严重违法失信名单告知书) as a PDF, with the right to be heard, in
 * the bureau's shared layout ({@link OfficialDocuments}): the letterhead with the notice's 文号,
 * Chinese dates, a QR code that opens the listing's page, and page numbers.
 */
@Component
public class ListingNoticePdf {

    private final OfficialDocuments documents;
    private final MessageSource messages;
    private final Districts districts;

    ListingNoticePdf(OfficialDocuments documents, MessageSource messages, Districts districts) {
        this.documents = documents;
        this.messages = messages;
        this.districts = districts;
    }

    public byte[] render(Listing l, Locale locale) {
        if (l.getNoticeNumber() == null) {
            throw new BusinessRuleException("action", "credit.listing.notice.notYet");
        }
        Enterprise e = l.getEnterprise();
        return documents.render(new OfficialDocuments.Head(l.getNoticeNumber(), "/credit/listings/" + l.getId()),
                locale, pages -> {
            pages.title(msg(locale, "credit.notice.title"));
            pages.gap(8);
            pages.paragraph(msg(locale, "credit.notice.addressee", e.getName()), 12);
            pages.field(msg(locale, "credit.field.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "credit.field.reason"), l.getReason());
            pages.gap(4);
            pages.paragraph(msg(locale, "credit.notice.body"), 11);
            pages.paragraph(msg(locale, "credit.notice.rights", documents.date(l.getStatementBy(), locale)), 11);
            pages.gap(10);
            pages.right(msg(locale, "credit.notice.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.right(documents.date(l.getNotifiedOn(), locale), 11);
        });
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

package org.zhijian.hazard.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.pdf.OfficialDocuments;

/**
 * The rectification notice (隐患整改通知单) of a hazard as a PDF, with copyable Chinese text: the
 * bureau's letterhead, the 文号 kept on the hazard (a reprint shows the same one), Chinese dates, a
 * QR code that opens the hazard's page, and page numbers.
 */
@Component
public class RectificationNotice {

    private final OfficialDocuments documents;
    private final MessageSource messages;
    private final Districts districts;

    RectificationNotice(OfficialDocuments documents, MessageSource messages, Districts districts) {
        this.documents = documents;
        this.messages = messages;
        this.districts = districts;
    }

    public byte[] render(Hazard h, Locale locale) {
        Enterprise e = h.getEnterprise();
        String deadline = documents.date(h.getDeadline(), locale);
        return documents.render(new OfficialDocuments.Head(h.getNoticeNumber(), "/risk/hazards/" + h.getId()), locale,
                pages -> {
            pages.title(msg(locale, "risk.notice.title"));
            pages.gap(4);
            pages.paragraph(msg(locale, "risk.notice.addressee", e.getName()), 12);
            pages.paragraph(msg(locale, "risk.notice.intro", documents.date(h.getFoundOn(), locale)), 11);
            pages.gap(4);
            pages.field(msg(locale, "risk.notice.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "field.address"), e.getAddress());
            pages.field(msg(locale, "risk.field.level"), msg(locale, h.getLevel().messageCode()));
            pages.field(msg(locale, "risk.field.description"), h.getDescription());
            pages.field(msg(locale, "risk.field.requirement"), h.getRequirement());
            pages.field(msg(locale, "risk.field.deadline"), deadline);
            pages.field(msg(locale, "risk.field.responsiblePerson"), h.getResponsiblePerson());
            pages.field(msg(locale, "field.legalBasis"), h.getLegalBasis());
            pages.gap(6);
            pages.paragraph(msg(locale, "risk.notice.demand", deadline), 11);
            pages.gap(10);
            pages.right(msg(locale, "risk.notice.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.signatures(msg(locale, "risk.notice.date"), msg(locale, "risk.notice.signInspector"),
                    msg(locale, "risk.notice.signEnterprise"));
        });
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

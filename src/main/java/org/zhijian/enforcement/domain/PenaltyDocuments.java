package org.zhijian.enforcement.domain;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.pdf.OfficialDocuments;

/**
 * The advance notice (行政处罚告知书) and the decision (行政处罚决定书) of a case as PDFs, with copyable
 * Chinese text, in the bureau's shared layout ({@link OfficialDocuments}): the letterhead with the
 * decision's 文号 (the notice: the case number), Chinese dates, a QR code that opens the case page,
 * and page numbers.
 */
@Component
public class PenaltyDocuments {

    private final OfficialDocuments documents;
    private final MessageSource messages;
    private final Districts districts;

    PenaltyDocuments(OfficialDocuments documents, MessageSource messages, Districts districts) {
        this.documents = documents;
        this.messages = messages;
        this.districts = districts;
    }

    public byte[] notice(EnforcementCase k, Locale locale) {
        if (k.getNoticeOn() == null) {
            throw new NotFoundException("PenaltyNotice", k.getId());
        }
        Enterprise e = k.getEnterprise();
        return documents.render(head(k.getCaseNumber(), k), locale, pages -> {
            pages.title(msg(locale, "enforcement.pdf.notice.title"));
            pages.gap(8);
            pages.paragraph(msg(locale, "enforcement.pdf.addressee", e.getName()), 12);
            pages.field(msg(locale, "enforcement.pdf.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "enforcement.field.violation"), k.getViolation());
            pages.field(msg(locale, "enforcement.field.legalBasis"), k.getLegalBasis());
            pages.field(msg(locale, "enforcement.pdf.proposed"), penalty(k, locale));
            pages.gap(6);
            pages.paragraph(msg(locale, "enforcement.pdf.notice.rights"), 11);
            if (k.isSerious()) {
                pages.paragraph(msg(locale, "enforcement.pdf.notice.hearing",
                        documents.date(k.getHearingRequestBy(), locale)), 11);
            }
            pages.gap(10);
            pages.right(msg(locale, "enforcement.pdf.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.right(documents.date(k.getNoticeOn(), locale), 11);
        });
    }

    public byte[] decision(EnforcementCase k, Locale locale) {
        if (k.getDocumentNumber() == null) {
            throw new NotFoundException("PenaltyDecision", k.getId());
        }
        Enterprise e = k.getEnterprise();
        return documents.render(head(k.getDocumentNumber(), k), locale, pages -> {
            pages.title(msg(locale, "enforcement.pdf.decision.title"));
            pages.gap(8);
            pages.field(msg(locale, "enforcement.pdf.party"), e.getName());
            pages.field(msg(locale, "enforcement.pdf.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "field.address"), e.getAddress());
            pages.field(msg(locale, "enforcement.field.caseNumber"), k.getCaseNumber());
            pages.field(msg(locale, "enforcement.field.violation"), k.getViolation());
            pages.field(msg(locale, "enforcement.field.legalBasis"), k.getLegalBasis());
            pages.field(msg(locale, "enforcement.pdf.penalty"), penalty(k, locale));
            if (k.hasFine()) {
                pages.paragraph(msg(locale, "enforcement.pdf.decision.payment", k.getFine().toPlainString()), 11);
            }
            pages.paragraph(msg(locale, "enforcement.pdf.decision.remedy"), 11);
            pages.gap(10);
            pages.right(msg(locale, "enforcement.pdf.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.right(documents.date(k.getDecidedOn(), locale), 11);
        });
    }

    private static OfficialDocuments.Head head(String number, EnforcementCase k) {
        return new OfficialDocuments.Head(number, "/enforcement/cases/" + k.getId());
    }

    private String penalty(EnforcementCase k, Locale locale) {
        String kinds = k.getKinds().stream().map(p -> msg(locale, "enforcement.penalty." + p.name()))
                .collect(Collectors.joining(", "));
        String fine = k.hasFine() ? " " + msg(locale, "enforcement.pdf.fine", k.getFine().toPlainString()) : "";
        return kinds + fine + "; " + k.getPenaltyContent();
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

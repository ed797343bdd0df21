package org.zhijian.enforcement.domain;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.pdf.PdfFonts;

/** The advance notice (行政处罚告知书) and the decision (行政处罚决定书) of a case as PDFs, with copyable Chinese text. */
@Component
public class PenaltyDocuments {

    private final PdfFonts pdf;
    private final MessageSource messages;
    private final Districts districts;

    PenaltyDocuments(PdfFonts pdf, MessageSource messages, Districts districts) {
        this.pdf = pdf;
        this.messages = messages;
        this.districts = districts;
    }

    public byte[] notice(EnforcementCase k, Locale locale) {
        if (k.getNoticeOn() == null) {
            throw new NotFoundException("PenaltyNotice", k.getId());
        }
        Enterprise e = k.getEnterprise();
        return pdf.render(pages -> {
            pages.title(msg(locale, "enforcement.pdf.notice.title"));
            pages.right(msg(locale, "enforcement.pdf.caseNumber", k.getCaseNumber()), 11);
            pages.gap(8);
            pages.paragraph(msg(locale, "enforcement.pdf.addressee", e.getName()), 12);
            pages.field(msg(locale, "enforcement.pdf.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "enforcement.field.violation"), k.getViolation());
            pages.field(msg(locale, "enforcement.field.legalBasis"), k.getLegalBasis());
            pages.field(msg(locale, "enforcement.pdf.proposed"), penalty(k, locale));
            pages.gap(6);
            pages.paragraph(msg(locale, "enforcement.pdf.notice.rights"), 11);
            if (k.isSerious()) {
                pages.paragraph(msg(locale, "enforcement.pdf.notice.hearing", k.getHearingRequestBy()), 11);
            }
            pages.gap(10);
            pages.right(msg(locale, "enforcement.pdf.authority", districts.name(e.getDistrictId(), locale)), 12);
            pages.right(k.getNoticeOn().toString(), 11);
        });
    }

    public byte[] decision(EnforcementCase k, Locale locale) {
        if (k.getDocumentNumber() == null) {
            throw new NotFoundException("PenaltyDecision", k.getId());
        }
        Enterprise e = k.getEnterprise();
        return pdf.render(pages -> {
            pages.title(msg(locale, "enforcement.pdf.decision.title"));
            pages.right(k.getDocumentNumber(), 11);
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
            pages.right(k.getDecidedOn().toString(), 11);
        });
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

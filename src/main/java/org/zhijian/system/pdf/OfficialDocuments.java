package org.zhijian.system.pdf;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.system.document.DocumentDates;

/**
 * The shared layout of the bureau's documents, on top of {@link PdfFonts}: a letterhead with the
 * bureau's name ({@code zhijian.bureau.name}, {@code zhijian.bureau.name-en} in English) and a red
 * rule, the document number (文号, from {@link org.zhijian.system.document.DocumentNumbers}), a QR
 * code that opens the record (under {@code zhijian.public-base-url}), and "第 1 页 共 3 页" on every
 * page. Every feature that prints an official document renders it through here.
 */
@Component
public class OfficialDocuments {

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final DocumentDates dates;
    private final String bureau;
    private final String bureauEn;
    private final String baseUrl;

    public OfficialDocuments(PdfFonts fonts, MessageSource messages, DocumentDates dates,
                             @Value("${zhijian.bureau.name:}") String bureau,
                             @Value("${zhijian.bureau.name-en:}") String bureauEn,
                             @Value("${zhijian.public-base-url:http://localhost:8080}") String baseUrl) {
        this.fonts = fonts;
        this.messages = messages;
        this.dates = dates;
        this.bureau = bureau;
        this.bureauEn = bureauEn;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * What heads a document: its number (null while it has none, e.g. a report printed on demand)
     * and the path of the page its QR code opens (null: no QR code).
     */
    public record Head(String number, String path) {
    }

    /** Renders a document: the letterhead, then the content, then page numbers on every page. */
    public byte[] render(Head head, Locale locale, PdfFonts.Content content) {
        return fonts.render(pages -> {
            pages.pageNumbers((page, total) -> messages.getMessage("document.page", new Object[] {page, total},
                    locale));
            pages.letterhead(bureau(locale), head.number(), head.path() == null ? null : link(head.path()),
                    messages.getMessage("document.qr", null, locale));
            content.write(pages);
        });
    }

    /** The absolute address of an application path, as a QR code carries it. */
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The issuing bureau's name in the document's language (Chinese unless an English name is set). */
    public String bureau(Locale locale) {
        return "en".equals(locale.getLanguage()) && !bureauEn.isBlank() ? bureauEn : bureau;
    }

    /** A date as documents print it: 2026年11月30日. */
    public String date(LocalDate date, Locale locale) {
        return dates.format(date, locale);
    }
}

package org.zhijian.credit.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.credit.domain.PublicListing;
import org.zhijian.credit.domain.PublicPenalty;

/**
 * The public notices as an Atom feed (RFC 4287), newest first. Written with an XML stream writer,
 * so every text is escaped and the document is well formed whatever an enterprise is called.
 */
@Component
class CreditFeed {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** Characters XML 1.0 cannot hold even escaped (control characters pasted into a text field). */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final MessageSource messages;

    CreditFeed(MessageSource messages) {
        this.messages = messages;
    }

    private record Entry(String id, String title, LocalDate updated, String link, String summary) {
    }

    String write(String base, List<PublicPenalty> penalties, List<PublicListing> listings, Locale locale, ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        for (PublicPenalty p : penalties) {
            String kinds = p.kinds().stream().map(k -> msg(locale, "credit.penalty.kind." + k.name()))
                    .collect(Collectors.joining(" / "));
            entries.add(new Entry("urn:zhijian:credit:penalty:" + p.id(),
                    msg(locale, "credit.public.penaltyEntry", p.documentNumber(), p.enterpriseName()),
                    p.publishedOn(), base + "/public/credit#penalty-" + p.id(),
                    kinds + " — " + p.violation() + " — " + p.penaltyContent()));
        }
        for (PublicListing l : listings) {
            entries.add(new Entry("urn:zhijian:credit:listing:" + l.id(),
                    msg(locale, "credit.public.listingEntry", l.decisionNumber(), l.enterpriseName()),
                    l.decidedOn(), base + "/public/credit#listing-" + l.id(),
                    l.reason() + " — " + msg(locale, "credit.public.listedPeriod", l.decidedOn(), l.listedUntil())));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        LocalDate latest = entries.isEmpty() ? LocalDate.of(2000, 1, 1) : entries.get(0).updated();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM_NS);
            text(x, "id", "urn:zhijian:credit:public");
            text(x, "title", msg(locale, "credit.public.feedTitle"));
            text(x, "updated", timestamp(latest, zone));
            link(x, base + "/public/credit/feed.atom", "self");
            link(x, base + "/public/credit", "alternate");
            x.writeStartElement("author");
            text(x, "name", msg(locale, "credit.public.feedTitle"));
            x.writeEndElement();
            for (Entry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", e.id());
                text(x, "title", e.title());
                text(x, "updated", timestamp(e.updated(), zone));
                link(x, e.link(), "alternate");
                text(x, "summary", e.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("could not write the credit feed", ex);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : NOT_XML.matcher(value).replaceAll(""));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate day, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(zone));
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

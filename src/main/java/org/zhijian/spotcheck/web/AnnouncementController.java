package org.zhijian.spotcheck.web;

import org.zhijian.spotcheck.domain.AnnouncementService;
import org.zhijian.spotcheck.domain.PublicResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.Judgement;

/** 抽查结果公告: public, no login, final published results only; also as an Atom feed. */
@Controller
@RequestMapping("/public/announcements")
class AnnouncementController {

    private final AnnouncementService announcements;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    AnnouncementController(AnnouncementService announcements, CatalogueService catalogue, MessageSource messages) {
        this.announcements = announcements;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String enterprise, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Judgement verdict, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var search = new AnnouncementService.Search(enterprise, categoryId, from, to, verdict);
        model.addAttribute("page", announcements.search(search, page, 20));
        model.addAttribute("search", search);
        model.addAttribute("categoryList", catalogue.active());
        return "public/announcements";
    }

    @GetMapping(path = "/feed.atom")
    void feed(@RequestParam(required = false) Long categoryId, HttpServletRequest request,
              HttpServletResponse response) throws IOException, XMLStreamException {
        Locale locale = LocaleContextHolder.getLocale();
        Page<PublicResult> latest = announcements.search(new AnnouncementService.Search(null, categoryId, null, null,
                null), 0, 50);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        response.setContentType("application/atom+xml;charset=UTF-8");
        Writer out = response.getWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(x, "title", msg("public.announcements.title", locale));
        element(x, "id", base + "/public/announcements");
        x.writeEmptyElement("link");
        x.writeAttribute("rel", "self");
        x.writeAttribute("href", base + "/public/announcements/feed.atom");
        Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.getContent().get(0).publishedAt();
        element(x, "updated", updated.toString());
        x.writeStartElement("author");
        element(x, "name", msg("app.name", locale));
        x.writeEndElement();
        for (PublicResult r : latest) {
            x.writeStartElement("entry");
            element(x, "title", msg("public.announcements.entry", locale, r.enterpriseName(), r.productName(locale),
                    msg(r.verdict().messageCode(), locale)));
            element(x, "id", base + "/public/announcements#" + r.formNumber());
            x.writeEmptyElement("link");
            x.writeAttribute("href", base + "/public/announcements?enterprise=" + java.net.URLEncoder.encode(
                    r.enterpriseName(), StandardCharsets.UTF_8));
            element(x, "updated", r.publishedAt().toString());
            element(x, "summary", msg("public.announcements.summary", locale, r.formNumber(),
                    r.brand() == null ? "—" : r.brand(), r.modelSpec() == null ? "—" : r.modelSpec(),
                    r.samplingDate().toString(), r.agency(),
                    r.failedItems().isEmpty() ? "—" : String.join("、", r.failedItems())));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

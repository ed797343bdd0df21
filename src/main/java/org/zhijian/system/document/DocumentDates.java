package org.zhijian.system.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates as official documents print them, by the pattern {@code document.date.pattern} of the
 * locale's bundle: 2026年11月30日 in Chinese, 30 November 2026 in English.
 */
@Component
public class DocumentDates {

    private final MessageSource messages;

    public DocumentDates(MessageSource messages) {
        this.messages = messages;
    }

    public String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String pattern = messages.getMessage("document.date.pattern", null, "yyyy-MM-dd", locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }
}

package org.zhijian.enterprise.domain;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders an archive line in the viewer's language. Arguments written as
 * {@code msg:some.code} are themselves translated (a status, a verdict).
 * Templates use it as ${@archiveText.format(entry)}.
 */
@Component("archiveText")
public class ArchiveText {

    private static final String MESSAGE_PREFIX = "msg:";

    private final MessageSource messages;

    ArchiveText(MessageSource messages) {
        this.messages = messages;
    }

    public String format(ArchiveEntry entry) {
        var locale = LocaleContextHolder.getLocale();
        Object[] args = entry.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith(MESSAGE_PREFIX)) {
                args[i] = messages.getMessage(s.substring(MESSAGE_PREFIX.length()), null, s, locale);
            }
        }
        return messages.getMessage(entry.getMessageCode(), args, entry.getMessageCode(), locale);
    }
}

package org.zhijian.system.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A record's values in words, as the change history shows them (labels from the message files,
 * referenced records by name, codes by their label): what a user whose edit was refused as stale
 * reads as "the record now holds" (${@recordWords.of(staleType, staleValues)}).
 */
@Component("recordWords")
public class RecordWords {

    private final AuditWords words;

    RecordWords(AuditWords words) {
        this.words = words;
    }

    public record Line(String label, Object value) {
    }

    public List<Line> of(String type, Map<String, Object> values) {
        Locale locale = LocaleContextHolder.getLocale();
        String recordType = type == null ? "" : type;
        return values.entrySet().stream()
                .map(e -> new Line(words.fieldLabel(recordType, e.getKey(), locale),
                        words.value(recordType, e.getKey(), e.getValue(), locale)))
                .toList();
    }
}

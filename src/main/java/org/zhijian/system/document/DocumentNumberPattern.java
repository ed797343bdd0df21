package org.zhijian.system.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document-number pattern such as {@code 台市监隐改〔{year}〕{seq}号}: {@code {year}} is the
 * four-digit year, {@code {seq}} the sequence number ({@code {seq:3}} pads it with zeros to three
 * digits), {@code {district}} the district's code. A pattern must hold {@code {seq}} and
 * {@code {year}}, or two documents could share a number.
 */
public record DocumentNumberPattern(String pattern) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|district|seq)(?::(\\d{1,2}))?}");

    public DocumentNumberPattern {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("A document-number pattern must not be empty");
        }
        if (!pattern.matches(".*\\{seq(:\\d{1,2})?}.*") || !pattern.contains("{year}")) {
            throw new IllegalArgumentException("A document-number pattern needs {year} and {seq}: " + pattern);
        }
        Matcher m = Pattern.compile("\\{[^}]*}").matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDER.matcher(m.group()).matches()) {
                throw new IllegalArgumentException("Unknown placeholder " + m.group() + " in " + pattern);
            }
        }
    }

    /** The number for this year, district code (may be null for city-wide documents) and sequence. */
    public String format(int year, String districtCode, long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1: " + seq);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> String.valueOf(year);
                case "district" -> districtCode == null ? "" : districtCode;
                default -> m.group(2) == null ? String.valueOf(seq)
                        : String.format("%0" + Integer.parseInt(m.group(2)) + "d", seq);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

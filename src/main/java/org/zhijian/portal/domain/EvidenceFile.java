package org.zhijian.portal.domain;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.zhijian.system.BusinessRuleException;

/**
 * An uploaded evidence file, checked: not empty, not too large, and its content really of the type it
 * claims (the first bytes are sniffed, so a renamed file is refused). Photos (JPEG, PNG, WebP) and PDF.
 */
public record EvidenceFile(String fileName, String contentType, byte[] data) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted types and the magic bytes that prove them. */
    static final Map<String, String> MAGIC = Map.of("image/jpeg", "FFD8FF", "image/png", "89504E47",
            "image/webp", "52494646", "application/pdf", "25504446");

    /** The file as received, checked; its content type is the one its bytes prove. */
    public static EvidenceFile checked(String fileName, String declaredType, byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("file", "portal.evidence.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleException("file", "portal.evidence.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String sniffed = sniff(data);
        if (sniffed == null) {
            throw new BusinessRuleException("file", "portal.evidence.type");
        }
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(sniffed)) {
            throw new BusinessRuleException("file", "portal.evidence.type");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        return new EvidenceFile(name, sniffed, data);
    }

    /** The type whose magic bytes the data starts with, or null. */
    static String sniff(byte[] data) {
        String head = HexFormat.of().withUpperCase().formatHex(data, 0, Math.min(data.length, 4));
        for (Map.Entry<String, String> e : MAGIC.entrySet()) {
            if (head.startsWith(e.getValue())) {
                if (e.getKey().equals("image/webp") && !isWebp(data)) {
                    continue;
                }
                return e.getKey();
            }
        }
        return null;
    }

    private static boolean isWebp(byte[] data) {
        return data.length >= 12 && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P';
    }
}

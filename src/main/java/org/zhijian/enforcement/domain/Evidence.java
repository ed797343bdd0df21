package org.zhijian.enforcement.domain;

import org.zhijian.system.Checksums;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.zhijian.system.BusinessRuleException;

/**
 * A piece of evidence on a case (a document, photo, PDF scan or record of inquiry) with the SHA-256
 * of its bytes taken on upload, so anyone can show later that it was not changed. Never deleted.
 */
@Entity
@Table(name = "enforcement_evidence")
public class Evidence {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    protected Evidence() {
    }

    Evidence(Long caseId, EvidenceKind kind, String fileName, String contentType, byte[] data, String actor,
             Instant now) {
        this.caseId = caseId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.sha256 = Checksums.sha256(data);
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    /** The content type to store, after checking the bytes are what the type says (JPEG, PNG or PDF) and not too large. */
    static String check(String contentType, byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("file", "enforcement.evidence.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleException("file", "enforcement.evidence.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        boolean ok = switch (type) {
            case "image/jpeg" -> starts(data, 0xFF, 0xD8, 0xFF);
            case "image/png" -> starts(data, 0x89, 0x50, 0x4E, 0x47);
            case "application/pdf" -> data.length > 4
                    && new String(data, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
            default -> false;
        };
        if (!ok) {
            throw new BusinessRuleException("file", "enforcement.evidence.type");
        }
        return type;
    }

    private static boolean starts(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the stored bytes still have the checksum taken on upload. */
    public boolean isIntact() {
        return sha256.equals(Checksums.sha256(data));
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}

package org.zhijian.spotcheck.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An evidence photo of a sampling, stored in the database with its checked type and size. */
@Entity
@Table(name = "batch_photo")
public class BatchPhoto {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Accepted types and the magic bytes that prove them, so a renamed file is refused. */
    public static final Map<String, String> TYPES = Map.of("image/jpeg", "FFD8FF", "image/png", "89504E47",
            "image/webp", "52494646", "image/heic", "");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private Long batchId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    protected BatchPhoto() {
    }

    public BatchPhoto(Long batchId, String fileName, String contentType, byte[] data, String actor, Instant now) {
        this.batchId = batchId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    /** Refuses an empty, oversized or mistyped photo; returns its content type, normalised. */
    public static String check(String contentType, byte[] data) {
        if (data == null || data.length == 0) {
            throw new org.zhijian.system.BusinessRuleException("photo", "spotcheck.photo.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new org.zhijian.system.BusinessRuleException("photo", "spotcheck.photo.tooLarge",
                    MAX_BYTES / 1024 / 1024);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (!looksLike(type, data)) {
            throw new org.zhijian.system.BusinessRuleException("photo", "spotcheck.photo.type");
        }
        return type;
    }

    /** Whether the bytes start as the claimed image type says they must. */
    public static boolean looksLike(String contentType, byte[] bytes) {
        String magic = TYPES.get(contentType);
        if (magic == null) {
            return false;
        }
        if (contentType.equals("image/heic")) {
            return bytes.length > 12 && new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("ftyp");
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, magic.length() / 2); i++) {
            hex.append(String.format("%02X", bytes[i]));
        }
        return hex.toString().equals(magic);
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
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

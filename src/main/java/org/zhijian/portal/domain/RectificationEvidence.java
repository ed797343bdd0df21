package org.zhijian.portal.domain;

import org.zhijian.system.Checksums;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * Rectification evidence (整改证明材料) an enterprise uploaded for a hazard or a batch's rectification:
 * one file with its SHA-256, then the inspector's review. Nothing is deleted; a rejected file stays with
 * the reason, and the enterprise uploads another.
 */
@Entity
@Table(name = "portal_evidence")
public class RectificationEvidence extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private EvidenceSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] data;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceStatus status = EvidenceStatus.SUBMITTED;

    @Column(name = "review_reason", length = 500)
    private String reviewReason;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "submitted_by", nullable = false, length = 50)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected RectificationEvidence() {
    }

    RectificationEvidence(EvidenceSubject subjectType, Long subjectId, Long enterpriseId, Long districtId, EvidenceFile file,
             String note, String actor, Instant now) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.enterpriseId = enterpriseId;
        this.districtId = districtId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.data = file.data();
        this.sizeBytes = file.data().length;
        this.sha256 = Checksums.sha256(file.data());
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.submittedBy = actor;
        this.submittedAt = now;
    }

    /** The inspector's decision; a rejection needs its reason, and a reviewed file is not reviewed again. */
    void review(boolean accepted, String reason, String actor, Instant now) {
        if (status != EvidenceStatus.SUBMITTED) {
            throw new BusinessRuleException("reason", "portal.evidence.alreadyReviewed");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("reason", "portal.evidence.reasonRequired");
        }
        this.status = accepted ? EvidenceStatus.ACCEPTED : EvidenceStatus.REJECTED;
        this.reviewReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.reviewedBy = actor;
        this.reviewedAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subjectType", subjectType.name());
        s.put("subjectId", subjectId);
        s.put("fileName", fileName);
        s.put("contentType", contentType);
        s.put("sizeBytes", sizeBytes);
        s.put("sha256", sha256);
        s.put("note", note);
        s.put("status", status.name());
        s.put("reviewReason", reviewReason);
        return s;
    }

    public EvidenceSubject getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
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

    public String getNote() {
        return note;
    }

    public EvidenceStatus getStatus() {
        return status;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}

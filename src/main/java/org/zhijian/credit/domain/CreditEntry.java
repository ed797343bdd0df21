package org.zhijian.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * One line of an enterprise's credit record: what happened, when, and the record it came from
 * (a case, a batch, a hazard, a listing). Lines are only added, never changed or deleted; a source
 * record gives at most one line of each kind.
 */
@Entity
@Table(name = "credit_entry")
public class CreditEntry extends AuditedEntity {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CreditEntryKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 100)
    private String reference;

    @Column(length = 1000)
    private String summary;

    @Column(name = "source_type", nullable = false, length = 40)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(length = 200)
    private String link;

    protected CreditEntry() {
    }

    public CreditEntry(Long enterpriseId, Long districtId, CreditEntryKind kind, LocalDate occurredOn,
                       String reference, String summary, String sourceType, Long sourceId, String link,
                       String actor, Instant now) {
        this.enterpriseId = enterpriseId;
        this.districtId = districtId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.reference = truncate(reference, 100);
        this.summary = truncate(summary, 1000);
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.link = link;
        created(actor, now);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterpriseId);
        s.put("kind", kind.name());
        s.put("occurredOn", occurredOn.toString());
        s.put("reference", reference);
        s.put("summary", summary);
        s.put("source", sourceType + "#" + sourceId);
        return s;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public CreditEntryKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getReference() {
        return reference;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceType() {
        return sourceType;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getLink() {
        return link;
    }
}

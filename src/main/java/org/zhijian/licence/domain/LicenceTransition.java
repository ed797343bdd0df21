package org.zhijian.licence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a licence between states, with its reason and legal basis. Never changed or deleted. */
@Entity
@Table(name = "licence_transition")
public class LicenceTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private ProductionLicence licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private LicenceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private LicenceStatus toStatus;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "legal_basis", nullable = false, length = 300)
    private String legalBasis;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LicenceTransition() {
    }

    LicenceTransition(ProductionLicence licence, LicenceStatus fromStatus, LicenceStatus toStatus, String reason,
                      String legalBasis, String actor, Instant occurredAt) {
        this.licence = licence;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.legalBasis = legalBasis;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public ProductionLicence getLicence() {
        return licence;
    }

    public LicenceStatus getFromStatus() {
        return fromStatus;
    }

    public LicenceStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

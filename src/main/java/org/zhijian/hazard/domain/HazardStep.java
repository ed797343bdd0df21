package org.zhijian.hazard.domain;

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

/** One step in a hazard's life: what was done, from which state to which, the evidence or reason, who, when. */
@Entity
@Table(name = "hazard_step")
public class HazardStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id", nullable = false)
    private Hazard hazard;

    @Column(nullable = false, length = 20)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private HazardStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private HazardStatus toStatus;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected HazardStep() {
    }

    HazardStep(Hazard hazard, String action, HazardStatus from, HazardStatus to, String note, String actor,
               Instant now) {
        this.hazard = hazard;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.actor = actor;
        this.occurredAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public String getActionMessageCode() {
        return "risk.hazard.action." + action;
    }

    public HazardStatus getFromStatus() {
        return fromStatus;
    }

    public HazardStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

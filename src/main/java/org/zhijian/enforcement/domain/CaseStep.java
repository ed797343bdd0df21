package org.zhijian.enforcement.domain;

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
import java.time.LocalDate;

/** One step of a case: what, from which state to which, on which day, who, with what note. Never changed or deleted. */
@Entity
@Table(name = "enforcement_case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private EnforcementCase enforcementCase;

    @Column(nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private CaseStatus toStatus;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CaseStep() {
    }

    CaseStep(EnforcementCase c, String action, CaseStatus from, CaseStatus to, LocalDate on, String note,
             String actor, Instant now) {
        this.enforcementCase = c;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.occurredOn = on;
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
        return "enforcement.case.action." + action;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
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

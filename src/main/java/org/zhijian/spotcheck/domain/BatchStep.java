package org.zhijian.spotcheck.domain;

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

/** One dated, attributed step of a batch (results, notification, re-test, …). Never changed or deleted. */
@Entity
@Table(name = "batch_step")
public class BatchStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false)
    private SamplingBatch batch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StepKind step;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(length = 200)
    private String agency;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected BatchStep() {
    }

    BatchStep(SamplingBatch batch, StepKind step, LocalDate occurredOn, LocalDate dueOn, String agency, String note,
              String actor, Instant recordedAt) {
        this.batch = batch;
        this.step = step;
        this.occurredOn = occurredOn;
        this.dueOn = dueOn;
        this.agency = agency;
        this.note = note;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public SamplingBatch getBatch() {
        return batch;
    }

    public StepKind getStep() {
        return step;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAgency() {
        return agency;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

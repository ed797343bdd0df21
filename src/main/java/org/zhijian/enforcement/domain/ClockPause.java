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
import java.time.LocalDate;

/** An interval the case's 90-day decision clock does not count (hearing, testing, public notice). */
@Entity
@Table(name = "enforcement_clock_pause")
public class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private PauseKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected ClockPause() {
    }

    ClockPause(EnforcementCase c, PauseKind kind, LocalDate startsOn) {
        this.enforcementCase = c;
        this.kind = kind;
        this.startsOn = startsOn;
    }

    void end(LocalDate on) {
        this.endsOn = on;
    }

    DecisionClock.Pause toPause() {
        return new DecisionClock.Pause(kind, startsOn, endsOn);
    }

    public PauseKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}

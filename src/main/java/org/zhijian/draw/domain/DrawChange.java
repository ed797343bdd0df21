package org.zhijian.draw.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manual change to a draw: what, why, who, when. Never changed or deleted. */
@Entity
@Table(name = "random_draw_change")
public class DrawChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draw_id", nullable = false)
    private Long drawId;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected DrawChange() {
    }

    DrawChange(Long drawId, String description, String reason, String actor, Instant now) {
        this.drawId = drawId;
        this.description = description;
        this.reason = reason.strip();
        this.actor = actor;
        this.occurredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDrawId() {
        return drawId;
    }

    public String getDescription() {
        return description;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

package org.zhijian.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * One checklist item as found, its text copied from the checklist revision used. Its answer never
 * changes; a non-conforming one may later be followed up once: a hazard opened or a clue sent.
 */
@Entity
@Table(name = "inspection_answer")
public class InspectionAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private InspectionRecord record;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_text", nullable = false, length = 500)
    private String itemText;

    @Column(name = "two_regulations", nullable = false)
    private boolean twoRegulations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemAnswer answer;

    @Column(length = 1000)
    private String note;

    @Column(name = "hazard_id")
    private Long hazardId;

    @Column(name = "clue_sent_at")
    private Instant clueSentAt;

    @Column(name = "clue_sent_by", length = 50)
    private String clueSentBy;

    protected InspectionAnswer() {
    }

    InspectionAnswer(InspectionRecord record, int position, ChecklistItem item, ItemAnswer answer, String note) {
        if (answer == null) {
            throw new BusinessRuleException("answers[" + (position - 1) + "]", "inspection.answer.required");
        }
        if (answer == ItemAnswer.NOT_CONFORM && (note == null || note.isBlank())) {
            throw new BusinessRuleException("notes[" + (position - 1) + "]", "inspection.answer.noteRequired");
        }
        this.record = record;
        this.position = position;
        this.itemText = item.getText();
        this.twoRegulations = item.isTwoRegulations();
        this.answer = answer;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Whether a hazard or a clue may still be opened from this item. */
    public boolean isOpenFinding() {
        return answer == ItemAnswer.NOT_CONFORM && hazardId == null && clueSentAt == null;
    }

    void hazardOpened(Long id) {
        requireOpenFinding();
        this.hazardId = id;
    }

    void clueSent(String actor, Instant now) {
        requireOpenFinding();
        this.clueSentAt = now;
        this.clueSentBy = actor;
    }

    private void requireOpenFinding() {
        if (!isOpenFinding()) {
            throw new BusinessRuleException(null, "inspection.finding.notOpen");
        }
    }

    public InspectionRecord getRecord() {
        return record;
    }

    public int getPosition() {
        return position;
    }

    public String getItemText() {
        return itemText;
    }

    public boolean isTwoRegulations() {
        return twoRegulations;
    }

    public ItemAnswer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    public Long getHazardId() {
        return hazardId;
    }

    public Instant getClueSentAt() {
        return clueSentAt;
    }

    public String getClueSentBy() {
        return clueSentBy;
    }
}

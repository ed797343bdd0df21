package org.zhijian.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a checklist version; {@code twoRegulations} marks the "two regulations" duties (两个规定). */
@Embeddable
public class ChecklistItem {

    @Column(nullable = false, length = 500)
    private String text;

    @Column(name = "two_regulations", nullable = false)
    private boolean twoRegulations;

    protected ChecklistItem() {
    }

    public ChecklistItem(String text, boolean twoRegulations) {
        this.text = text.strip();
        this.twoRegulations = twoRegulations;
    }

    public String getText() {
        return text;
    }

    public boolean isTwoRegulations() {
        return twoRegulations;
    }
}

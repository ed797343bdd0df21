package org.zhijian.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ListIndexBase;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * One version (revision) of a checklist (检查事项清单) for an industry, or for every industry when it
 * has none. A revision is never edited: a change makes the next revision, and records keep theirs.
 */
@Entity
@Table(name = "inspection_checklist")
public class Checklist extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry industry;

    @Column(name = "current_revision", nullable = false)
    private boolean currentRevision;

    /** A few dozen short lines, read with the checklist every time. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "position", nullable = false)
    @ListIndexBase(1)
    private List<ChecklistItem> items = new ArrayList<>();

    protected Checklist() {
    }

    Checklist(String code, int revision, String name, Industry industry, List<ChecklistItem> items, String actor,
              Instant now) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "inspection.checklist.name.required");
        }
        if (items == null || items.isEmpty()) {
            throw new BusinessRuleException("items", "inspection.checklist.items.required");
        }
        this.code = code;
        this.revision = revision;
        this.name = name.strip();
        this.industry = industry;
        this.items.addAll(items);
        this.currentRevision = true;
        created(actor, now);
    }

    /** The next revision, with these items; this one stops being current. */
    Checklist revise(String newName, List<ChecklistItem> newItems, String actor, Instant now) {
        Checklist next = new Checklist(code, revision + 1, newName, industry, newItems, actor, now);
        this.currentRevision = false;
        touched(actor, now);
        return next;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("revision", revision);
        s.put("name", name);
        s.put("industry", industry == null ? null : industry.name());
        s.put("current", currentRevision);
        s.put("items", items.stream().map(ChecklistItem::getText).toList());
        return s;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public boolean isCurrentRevision() {
        return currentRevision;
    }

    public List<ChecklistItem> getItems() {
        return List.copyOf(items);
    }
}

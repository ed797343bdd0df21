package org.zhijian.draw.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.jpa.BaseEntity;

/** One drawn enterprise and the inspectors drawn for it (ids in draw order). */
@Entity
@Table(name = "random_draw_entry")
public class DrawEntry extends BaseEntity {

    @Column(name = "draw_id", nullable = false)
    private Long drawId;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    /**
     * In draw order (position 1 first). Eager (two or three ids, fetched for a whole draw at once by the
     * batch fetch size): entries leave their transaction for templates and API responses.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "random_draw_entry_inspector", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position", nullable = false)
    @ListIndexBase(1)
    @Column(name = "user_id", nullable = false)
    private List<Long> inspectors = new ArrayList<>();

    protected DrawEntry() {
    }

    DrawEntry(Long drawId, int position, Enterprise enterprise, List<Long> inspectors) {
        this.drawId = drawId;
        this.position = position;
        this.enterprise = enterprise;
        setInspectors(inspectors);
    }

    public List<Long> inspectors() {
        return List.copyOf(inspectors);
    }

    void setInspectors(List<Long> inspectors) {
        this.inspectors.clear();
        this.inspectors.addAll(inspectors);
    }

    public Long getDrawId() {
        return drawId;
    }

    public int getPosition() {
        return position;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }
}

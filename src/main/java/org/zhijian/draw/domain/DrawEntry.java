package org.zhijian.draw.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

    @Column(name = "inspector_ids", nullable = false, length = 200)
    private String inspectorIds;

    protected DrawEntry() {
    }

    DrawEntry(Long drawId, int position, Enterprise enterprise, List<Long> inspectors) {
        this.drawId = drawId;
        this.position = position;
        this.enterprise = enterprise;
        setInspectors(inspectors);
    }

    public List<Long> inspectors() {
        return Arrays.stream(inspectorIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    void setInspectors(List<Long> inspectors) {
        this.inspectorIds = inspectors.stream().map(String::valueOf).collect(Collectors.joining(","));
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

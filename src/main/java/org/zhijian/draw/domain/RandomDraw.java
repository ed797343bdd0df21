package org.zhijian.draw.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * One double-random draw (双随机一公开): its filter, counts and seed, the result as first drawn
 * (kept to prove reproduction) and its status. The current result is in {@link DrawEntry} rows.
 */
@Entity
@Table(name = "random_draw")
public class RandomDraw extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "district_id")
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "supervision_class", length = 1)
    private SupervisionClass supervisionClass;

    @Column(name = "enterprise_count", nullable = false)
    private int enterpriseCount;

    @Column(name = "inspectors_per_enterprise", nullable = false)
    private int inspectorsPerEnterprise;

    @Column(nullable = false)
    private long seed;

    @Column(name = "original_result", nullable = false, length = 4000)
    private String originalResult;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DrawStatus status = DrawStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    protected RandomDraw() {
    }

    RandomDraw(DrawRequest r, long seed, String originalResult, String actor, Instant now) {
        this.title = r.title().strip();
        this.campaignId = r.campaignId();
        this.districtId = r.districtId();
        this.industry = r.industry();
        this.supervisionClass = r.supervisionClass();
        this.enterpriseCount = r.enterpriseCount();
        this.inspectorsPerEnterprise = r.inspectorsPerEnterprise();
        this.seed = seed;
        this.originalResult = originalResult;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void requireDraft() {
        if (status != DrawStatus.DRAFT) {
            throw new BusinessRuleException(null, "risk.draw.published");
        }
    }

    void publish(Instant now) {
        requireDraft();
        this.status = DrawStatus.PUBLISHED;
        this.publishedAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("campaignId", campaignId);
        s.put("districtId", districtId);
        s.put("industry", industry == null ? null : industry.name());
        s.put("supervisionClass", supervisionClass == null ? null : supervisionClass.name());
        s.put("enterpriseCount", enterpriseCount);
        s.put("inspectorsPerEnterprise", inspectorsPerEnterprise);
        s.put("seed", seed);
        s.put("status", status.name());
        return s;
    }

    public String getTitle() {
        return title;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Industry getIndustry() {
        return industry;
    }

    public SupervisionClass getSupervisionClass() {
        return supervisionClass;
    }

    public int getEnterpriseCount() {
        return enterpriseCount;
    }

    public int getInspectorsPerEnterprise() {
        return inspectorsPerEnterprise;
    }

    public long getSeed() {
        return seed;
    }

    public String getOriginalResult() {
        return originalResult;
    }

    public DrawStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

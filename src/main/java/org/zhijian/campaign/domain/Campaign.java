package org.zhijian.campaign.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * A screening campaign (风险排查整治): which products (industries) in which districts over which
 * period. Risk points and hazards found under it carry its id; when it closes, its risk list and
 * report are generated once and kept with it.
 */
@Entity
@Table(name = "risk_campaign")
public class Campaign extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 600)
    private String industries;

    /**
     * Eager (a few ids, fetched for many campaigns at once by the batch fetch size): campaigns leave their
     * transaction for templates, API responses and other modules, and open-in-view is off.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_campaign_district", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "district_id", nullable = false)
    private Set<Long> districtIds = new HashSet<>();

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 2000)
    private String measures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status = CampaignStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 50)
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    protected Campaign() {
    }

    public Campaign(CampaignDetails d, String actor, Instant now) {
        if (d.industries() == null || d.industries().isEmpty()) {
            throw new BusinessRuleException("industries", "risk.campaign.industries.required");
        }
        if (d.districtIds() == null || d.districtIds().isEmpty()) {
            throw new BusinessRuleException("districtIds", "risk.campaign.districts.required");
        }
        if (d.endsOn().isBefore(d.startsOn())) {
            throw new BusinessRuleException("endsOn", "risk.campaign.period.invalid");
        }
        this.name = d.name().strip();
        this.industries = d.industries().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.districtIds.addAll(d.districtIds());
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.measures = d.measures() == null || d.measures().isBlank() ? null : d.measures().strip();
        this.createdAt = now;
        this.createdBy = actor;
    }

    public boolean covers(Enterprise e) {
        return getIndustrySet().contains(e.getIndustry()) && getDistrictIdSet().contains(e.getDistrictId());
    }

    void close(String actor, Instant now) {
        if (status == CampaignStatus.CLOSED) {
            throw new BusinessRuleException(null, "risk.campaign.alreadyClosed");
        }
        this.status = CampaignStatus.CLOSED;
        this.closedAt = now;
        this.closedBy = actor;
    }

    public Set<Industry> getIndustrySet() {
        Set<Industry> set = EnumSet.noneOf(Industry.class);
        Arrays.stream(industries.split(",")).filter(s -> !s.isBlank()).map(Industry::valueOf).forEach(set::add);
        return set;
    }

    public Set<Long> getDistrictIdSet() {
        return new TreeSet<>(districtIds);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("industries", industries);
        s.put("districtIds", getDistrictIdSet().stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("startsOn", startsOn.toString());
        s.put("endsOn", endsOn.toString());
        s.put("measures", measures);
        s.put("status", status.name());
        return s;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getMeasures() {
        return measures;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

package org.zhijian.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Basic;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhijian.system.jpa.BaseEntity;

/** A document generated when a campaign closed (risk list, report), kept with it as its archive. */
@Entity
@Table(name = "risk_campaign_file")
public class CampaignFile extends BaseEntity {

    public static final String RISK_LIST = "RISK_LIST";
    public static final String REPORT = "REPORT";

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    /** The district whose findings it holds; null for the whole campaign. */
    @Column(name = "district_id")
    private Long districtId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CampaignFile() {
    }

    CampaignFile(Long campaignId, Long districtId, String kind, String fileName, String contentType, byte[] content,
                 Instant now) {
        this.campaignId = campaignId;
        this.districtId = districtId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.createdAt = now;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

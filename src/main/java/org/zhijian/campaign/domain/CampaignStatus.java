package org.zhijian.campaign.domain;

/** A campaign is open while it collects findings; closing it freezes its list, report and archive. */
public enum CampaignStatus {
    OPEN, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }

    public String messageCode() {
        return "risk.campaign.status." + name();
    }
}

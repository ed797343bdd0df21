package org.zhijian.draw.domain;

/** A draft draw may still be changed (with a recorded reason); a published one is on the public page. */
public enum DrawStatus {
    DRAFT, PUBLISHED;

    public boolean isDraft() {
        return this == DRAFT;
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    public String messageCode() {
        return "risk.draw.status." + name();
    }
}

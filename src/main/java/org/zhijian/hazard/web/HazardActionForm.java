package org.zhijian.hazard.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.hazard.domain.HazardAction;

/** One lifecycle move with its evidence or reason, against the version the user saw. */
public class HazardActionForm {

    @NotNull
    private HazardAction action;
    @Size(max = 1000)
    private String note;
    private long version;

    public HazardAction getAction() {
        return action;
    }

    public void setAction(HazardAction action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

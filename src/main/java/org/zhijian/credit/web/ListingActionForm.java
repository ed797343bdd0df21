package org.zhijian.credit.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingInput;

/** One step of a listing with its statement or reasons, against the version the user saw. */
public class ListingActionForm {

    @NotNull
    private ListingAction action;
    @Size(max = 1000)
    private String note;
    private boolean corrected;
    private boolean paid;
    private long version;

    ListingInput toInput() {
        return new ListingInput(note, corrected, paid);
    }

    public ListingAction getAction() {
        return action;
    }

    public void setAction(ListingAction action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCorrected() {
        return corrected;
    }

    public void setCorrected(boolean corrected) {
        this.corrected = corrected;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.zhijian.credit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A listing proposal by hand: the reason (the serious violation it rests on). */
public class ProposalForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

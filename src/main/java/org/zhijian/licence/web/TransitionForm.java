package org.zhijian.licence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.licence.domain.LicenceStatus;

/** A state change as typed: target state, reason and legal basis are all required. */
public class TransitionForm {

    @NotNull
    private LicenceStatus targetStatus;

    @NotBlank
    @Size(max = 500)
    private String reason;

    @NotBlank
    @Size(max = 300)
    private String legalBasis;

    private long version;

    public LicenceStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(LicenceStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

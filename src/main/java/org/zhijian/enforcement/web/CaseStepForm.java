package org.zhijian.enforcement.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enforcement.domain.CaseAction;
import org.zhijian.enforcement.domain.CaseCommand;
import org.zhijian.enforcement.domain.PauseKind;
import org.zhijian.enforcement.domain.PenaltyKind;

/** One step of a case, with the fields that step needs, against the version the user saw. */
public class CaseStepForm {

    @NotNull
    private CaseAction action;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @Size(max = 2000)
    private String note;
    private Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
    @DecimalMin("0.01")
    private BigDecimal fine;
    @Size(max = 1000)
    private String penaltyContent;
    private Long licenceId;
    private PauseKind pauseKind;
    @DecimalMin("0.01")
    private BigDecimal paidAmount;
    private long version;

    CaseCommand toCommand() {
        return new CaseCommand(action, occurredOn, note, kinds, fine, penaltyContent, licenceId, pauseKind, paidAmount);
    }

    public CaseAction getAction() {
        return action;
    }

    public void setAction(CaseAction action) {
        this.action = action;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Set<PenaltyKind> getKinds() {
        return kinds;
    }

    public void setKinds(Set<PenaltyKind> kinds) {
        this.kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(PenaltyKind.class) : EnumSet.copyOf(kinds);
    }

    public BigDecimal getFine() {
        return fine;
    }

    public void setFine(BigDecimal fine) {
        this.fine = fine;
    }

    public String getPenaltyContent() {
        return penaltyContent;
    }

    public void setPenaltyContent(String penaltyContent) {
        this.penaltyContent = penaltyContent;
    }

    public Long getLicenceId() {
        return licenceId;
    }

    public void setLicenceId(Long licenceId) {
        this.licenceId = licenceId;
    }

    public PauseKind getPauseKind() {
        return pauseKind;
    }

    public void setPauseKind(PauseKind pauseKind) {
        this.pauseKind = pauseKind;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

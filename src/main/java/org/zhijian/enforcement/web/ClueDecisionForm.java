package org.zhijian.enforcement.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;

/** The head's decision on a clue: open a case (officers, party, facts, legal basis), decline or extend, with reasons. */
public class ClueDecisionForm {

    private long version;
    @Size(max = 1000)
    private String reason;
    private Set<Long> officerIds = new LinkedHashSet<>();
    private PartyKind party = PartyKind.ORGANISATION;
    @Size(max = 1000)
    private String violation;
    @Size(max = 500)
    private String legalBasis;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    OpenCaseDetails toDetails() {
        return new OpenCaseDetails(officerIds, party, violation, legalBasis, reason, openedOn);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Set<Long> getOfficerIds() {
        return officerIds;
    }

    public void setOfficerIds(Set<Long> officerIds) {
        this.officerIds = officerIds == null ? new LinkedHashSet<>() : officerIds;
    }

    public PartyKind getParty() {
        return party;
    }

    public void setParty(PartyKind party) {
        this.party = party;
    }

    public String getViolation() {
        return violation;
    }

    public void setViolation(String violation) {
        this.violation = violation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }
}

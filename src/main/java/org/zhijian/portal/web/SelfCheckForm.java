package org.zhijian.portal.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.portal.domain.SelfCheck;

/** A self-check of one own risk point; kept as typed when the rules refuse it. */
public class SelfCheckForm {

    private Long pointId;

    private SelfCheck.Outcome outcome;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;

    private String findings;

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public SelfCheck.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SelfCheck.Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}

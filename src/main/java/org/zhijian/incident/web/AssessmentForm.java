package org.zhijian.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.incident.domain.Assessment;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.RiskAction;

/** A head's conclusion (研判结论) on a piece of risk information, against the version they saw. */
public class AssessmentForm {

    @NotNull
    private RiskAction action;
    @NotBlank
    @Size(max = 1000)
    private String reason;
    private IncidentLevel incidentLevel;
    private boolean drill;
    private long version;

    Assessment toAssessment() {
        return new Assessment(action, reason, incidentLevel, null, drill);
    }

    public RiskAction getAction() {
        return action;
    }

    public void setAction(RiskAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public IncidentLevel getIncidentLevel() {
        return incidentLevel;
    }

    public void setIncidentLevel(IncidentLevel incidentLevel) {
        this.incidentLevel = incidentLevel;
    }

    public boolean isDrill() {
        return drill;
    }

    public void setDrill(boolean drill) {
        this.drill = drill;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.zhijian.credit.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The credit module's periods (zhijian.credit.*); defaults follow the SAMR rules. */
@ConfigurationProperties("zhijian.credit")
public class CreditRules {

    /** Working days the enterprise has to state its case after the listing notice. */
    private int statementWorkingDays = 5;
    /** Working days the bureau has for each of its steps (notice, decision, removal review). */
    private int stepWorkingDays = 15;
    /** Working days from a penalty decision to its publication. */
    private int publishWithinWorkingDays = 20;
    /** Months a warning stays on the public pages. */
    private int warningPublicMonths = 3;
    /** Months any other penalty stays on the public pages. */
    private int otherPublicMonths = 36;

    public int getStatementWorkingDays() {
        return statementWorkingDays;
    }

    public void setStatementWorkingDays(int statementWorkingDays) {
        this.statementWorkingDays = statementWorkingDays;
    }

    public int getStepWorkingDays() {
        return stepWorkingDays;
    }

    public void setStepWorkingDays(int stepWorkingDays) {
        this.stepWorkingDays = stepWorkingDays;
    }

    public int getPublishWithinWorkingDays() {
        return publishWithinWorkingDays;
    }

    public void setPublishWithinWorkingDays(int publishWithinWorkingDays) {
        this.publishWithinWorkingDays = publishWithinWorkingDays;
    }

    public int getWarningPublicMonths() {
        return warningPublicMonths;
    }

    public void setWarningPublicMonths(int warningPublicMonths) {
        this.warningPublicMonths = warningPublicMonths;
    }

    public int getOtherPublicMonths() {
        return otherPublicMonths;
    }

    public void setOtherPublicMonths(int otherPublicMonths) {
        this.otherPublicMonths = otherPublicMonths;
    }
}

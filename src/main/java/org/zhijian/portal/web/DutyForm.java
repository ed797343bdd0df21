package org.zhijian.portal.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.portal.domain.DutyPeriod;

/** A record of the two regulations (日管控、周排查、月调度); kept as typed when the rules refuse it. */
public class DutyForm {

    private DutyPeriod kind;

    /** The day the record is for; the page leaves it empty (today). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    private String summary;

    private int issuesFound;

    public DutyPeriod getKind() {
        return kind;
    }

    public void setKind(DutyPeriod kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public int getIssuesFound() {
        return issuesFound;
    }

    public void setIssuesFound(int issuesFound) {
        this.issuesFound = issuesFound;
    }
}

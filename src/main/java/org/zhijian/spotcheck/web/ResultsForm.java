package org.zhijian.spotcheck.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The agency's results for a sampled batch. */
public class ResultsForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate testedOn;

    @Size(max = 60)
    private String reportNumber;

    private List<ResultRow> results = new ArrayList<>();

    private long version;

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public void setTestedOn(LocalDate testedOn) {
        this.testedOn = testedOn;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public void setReportNumber(String reportNumber) {
        this.reportNumber = reportNumber;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public void setResults(List<ResultRow> results) {
        this.results = results;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

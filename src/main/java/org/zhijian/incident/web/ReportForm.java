package org.zhijian.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.incident.domain.IncidentReportKind;

/** One report of an incident (首报, 续报, 终报), against the version the user saw. */
public class ReportForm {

    @NotNull
    private IncidentReportKind kind;
    @NotBlank
    @Size(max = 4000)
    private String content;
    private long version;

    public IncidentReportKind getKind() {
        return kind;
    }

    public void setKind(IncidentReportKind kind) {
        this.kind = kind;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

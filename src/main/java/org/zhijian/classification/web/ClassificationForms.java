package org.zhijian.classification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.classification.domain.SupervisionClass;

/** The small forms of the class page. */
final class ClassificationForms {

    private ClassificationForms() {
    }

    /** An admin's override; an empty class clears it. */
    public static class OverrideForm {
        private SupervisionClass supervisionClass;
        @Size(max = 500)
        private String reason;
        private long version;

        public SupervisionClass getSupervisionClass() {
            return supervisionClass;
        }

        public void setSupervisionClass(SupervisionClass supervisionClass) {
            this.supervisionClass = supervisionClass;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class InspectionForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate inspectedOn;
        private long version;

        public LocalDate getInspectedOn() {
            return inspectedOn;
        }

        public void setInspectedOn(LocalDate inspectedOn) {
            this.inspectedOn = inspectedOn;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class IncidentForm {
        @NotNull
        private IncidentKind kind;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;
        @NotBlank
        @Size(max = 500)
        private String summary;

        public IncidentKind getKind() {
            return kind;
        }

        public void setKind(IncidentKind kind) {
            this.kind = kind;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }
}

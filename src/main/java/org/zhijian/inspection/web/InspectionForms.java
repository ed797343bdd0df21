package org.zhijian.inspection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;

/** The form-data classes of the inspection pages (bound to forms; never entities). */
final class InspectionForms {

    private InspectionForms() {
    }

    /** The record an officer fills in at the enterprise, one answer per checklist item. */
    static class RecordForm {
        private Long checklistId;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate inspectedOn;
        @NotBlank
        @Size(max = 300)
        private String place;
        private List<ItemAnswer> answers = new ArrayList<>();
        private List<String> notes = new ArrayList<>();
        private List<RecordDetails.FollowUp> followUps = new ArrayList<>();
        @NotNull
        private ResultCategory resultCategory;
        @Size(max = 2000)
        private String summary;
        @NotBlank
        @Size(max = 60)
        private String representativeName;
        private boolean representativeSigned = true;
        @Size(max = 500)
        private String correctionReason;
        /** Where a refused photo's message goes. */
        private String photo;
        /** The form's submission key: sent again (an offline draft), it answers the record already made. */
        private String submissionToken;

        /** Every list as long as the checklist, so a message can sit beside any item. */
        void fit(int items) {
            while (answers.size() < items) {
                answers.add(null);
            }
            while (notes.size() < items) {
                notes.add(null);
            }
            while (followUps.size() < items) {
                followUps.add(RecordDetails.FollowUp.NONE);
            }
        }

        RecordDetails toDetails() {
            return new RecordDetails(inspectedOn, place, answers, notes, resultCategory, summary, representativeName,
                    representativeSigned, followUps);
        }

        public Long getChecklistId() {
            return checklistId;
        }

        public void setChecklistId(Long checklistId) {
            this.checklistId = checklistId;
        }

        public LocalDate getInspectedOn() {
            return inspectedOn;
        }

        public void setInspectedOn(LocalDate inspectedOn) {
            this.inspectedOn = inspectedOn;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public List<ItemAnswer> getAnswers() {
            return answers;
        }

        public void setAnswers(List<ItemAnswer> answers) {
            this.answers = answers;
        }

        public List<String> getNotes() {
            return notes;
        }

        public void setNotes(List<String> notes) {
            this.notes = notes;
        }

        public List<RecordDetails.FollowUp> getFollowUps() {
            return followUps;
        }

        public void setFollowUps(List<RecordDetails.FollowUp> followUps) {
            this.followUps = followUps;
        }

        public ResultCategory getResultCategory() {
            return resultCategory;
        }

        public void setResultCategory(ResultCategory resultCategory) {
            this.resultCategory = resultCategory;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getRepresentativeName() {
            return representativeName;
        }

        public void setRepresentativeName(String representativeName) {
            this.representativeName = representativeName;
        }

        public boolean isRepresentativeSigned() {
            return representativeSigned;
        }

        public void setRepresentativeSigned(boolean representativeSigned) {
            this.representativeSigned = representativeSigned;
        }

        public String getCorrectionReason() {
            return correctionReason;
        }

        public void setCorrectionReason(String correctionReason) {
            this.correctionReason = correctionReason;
        }

        public String getPhoto() {
            return photo;
        }

        public String getSubmissionToken() {
            return submissionToken;
        }

        public void setSubmissionToken(String submissionToken) {
            this.submissionToken = submissionToken;
        }

        public void setPhoto(String photo) {
            this.photo = photo;
        }
    }

    /** Officers for a task (at least two). */
    static class AssignForm {
        private List<Long> officerIds = new ArrayList<>();
        private long version;

        public List<Long> getOfficerIds() {
            return officerIds;
        }

        public void setOfficerIds(List<Long> officerIds) {
            this.officerIds = officerIds;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** Cancelling a task needs a reason. */
    static class CancelForm {
        @NotBlank
        @Size(max = 500)
        private String reason;
        private long version;

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

    /** Tasks from the class due list for a district and a month. */
    static class GenerateForm {
        private Long districtId;
        @NotNull
        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth period;
        @Size(max = 200)
        private String title;

        public Long getDistrictId() {
            return districtId;
        }

        public void setDistrictId(Long districtId) {
            this.districtId = districtId;
        }

        public YearMonth getPeriod() {
            return period;
        }

        public void setPeriod(YearMonth period) {
            this.period = period;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** A checklist, new or its next revision; one item per line, "*" first for a two-regulations duty. */
    static class ChecklistForm {
        @Size(max = 40)
        private String code;
        @NotBlank
        @Size(max = 200)
        private String name;
        private Industry industry;
        @NotBlank
        private String items;
        private long version;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Industry getIndustry() {
            return industry;
        }

        public void setIndustry(Industry industry) {
            this.industry = industry;
        }

        public String getItems() {
            return items;
        }

        public void setItems(String items) {
            this.items = items;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}

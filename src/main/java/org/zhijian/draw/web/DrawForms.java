package org.zhijian.draw.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.draw.domain.DrawRequest;

/** The forms of the draw pages. */
final class DrawForms {

    private DrawForms() {
    }

    public static class DrawForm {
        @NotBlank
        @Size(max = 200)
        private String title;
        private Long campaignId;
        private Long districtId;
        private Industry industry;
        private SupervisionClass supervisionClass;
        @NotNull
        @Min(1)
        @Max(500)
        private Integer enterpriseCount = 10;
        @NotNull
        @Min(2)
        @Max(10)
        private Integer inspectorsPerEnterprise = 2;
        private Long seed;

        DrawRequest toRequest() {
            return new DrawRequest(title, campaignId, districtId, industry, supervisionClass, enterpriseCount,
                    inspectorsPerEnterprise, seed);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getCampaignId() {
            return campaignId;
        }

        public void setCampaignId(Long campaignId) {
            this.campaignId = campaignId;
        }

        public Long getDistrictId() {
            return districtId;
        }

        public void setDistrictId(Long districtId) {
            this.districtId = districtId;
        }

        public Industry getIndustry() {
            return industry;
        }

        public void setIndustry(Industry industry) {
            this.industry = industry;
        }

        public SupervisionClass getSupervisionClass() {
            return supervisionClass;
        }

        public void setSupervisionClass(SupervisionClass supervisionClass) {
            this.supervisionClass = supervisionClass;
        }

        public Integer getEnterpriseCount() {
            return enterpriseCount;
        }

        public void setEnterpriseCount(Integer enterpriseCount) {
            this.enterpriseCount = enterpriseCount;
        }

        public Integer getInspectorsPerEnterprise() {
            return inspectorsPerEnterprise;
        }

        public void setInspectorsPerEnterprise(Integer inspectorsPerEnterprise) {
            this.inspectorsPerEnterprise = inspectorsPerEnterprise;
        }

        public Long getSeed() {
            return seed;
        }

        public void setSeed(Long seed) {
            this.seed = seed;
        }
    }

    public static class ChangeForm {
        @NotNull
        private Long entryId;
        @NotNull
        private Long outgoingId;
        @NotNull
        private Long incomingId;
        @NotBlank
        @Size(max = 500)
        private String reason;

        public Long getEntryId() {
            return entryId;
        }

        public void setEntryId(Long entryId) {
            this.entryId = entryId;
        }

        public Long getOutgoingId() {
            return outgoingId;
        }

        public void setOutgoingId(Long outgoingId) {
            this.outgoingId = outgoingId;
        }

        public Long getIncomingId() {
            return incomingId;
        }

        public void setIncomingId(Long incomingId) {
            this.incomingId = incomingId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class ConflictForm {
        @NotNull
        private Long userId;
        @NotNull
        private Long enterpriseId;
        @NotBlank
        @Size(max = 300)
        private String reason;

        public Long getUserId() {
            return userId;
        }

        public void setUserId(Long userId) {
            this.userId = userId;
        }

        public Long getEnterpriseId() {
            return enterpriseId;
        }

        public void setEnterpriseId(Long enterpriseId) {
            this.enterpriseId = enterpriseId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}

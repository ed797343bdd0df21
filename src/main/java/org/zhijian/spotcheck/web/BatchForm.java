package org.zhijian.spotcheck.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.spotcheck.domain.BatchDetails;

/**
 * The sampling form (抽样单) with optional item results. The submission token
 * is made when the form is first shown and travels in a hidden field, so a
 * double click or a resubmission after a timeout finds the batch already made.
 */
public class BatchForm {

    @NotBlank
    @Size(max = 64)
    private String submissionToken;

    @NotBlank
    @Size(max = 40)
    private String formNumber;

    private Long planId;

    @NotNull
    private Long enterpriseId;

    @NotNull
    private Long categoryId;

    @Size(max = 100)
    private String brand;

    @Size(max = 200)
    private String modelSpec;

    @Size(max = 60)
    private String productionBatchNo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent
    private LocalDate productionDate;

    @NotNull
    @Min(1)
    @Max(100000)
    private Integer sampleQuantity;

    @NotNull
    @Min(0)
    @Max(100000)
    private Integer backupQuantity;

    @NotBlank
    @Size(max = 10)
    private String quantityUnit;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate samplingDate;

    @NotBlank
    @Size(max = 200)
    private String samplingPlace;

    @NotBlank
    @Size(max = 200)
    private String agency;

    private Set<Long> samplerIds = new LinkedHashSet<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate testedOn;

    @Size(max = 60)
    private String reportNumber;

    private List<ResultRow> results = new ArrayList<>();

    BatchDetails toDetails() {
        return new BatchDetails(formNumber, planId, enterpriseId, categoryId, brand, modelSpec, productionBatchNo,
                productionDate, sampleQuantity, backupQuantity, quantityUnit, samplingDate, samplingPlace, agency,
                samplerIds, submissionToken);
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    public String getFormNumber() {
        return formNumber;
    }

    public void setFormNumber(String formNumber) {
        this.formNumber = formNumber;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getModelSpec() {
        return modelSpec;
    }

    public void setModelSpec(String modelSpec) {
        this.modelSpec = modelSpec;
    }

    public String getProductionBatchNo() {
        return productionBatchNo;
    }

    public void setProductionBatchNo(String productionBatchNo) {
        this.productionBatchNo = productionBatchNo;
    }

    public LocalDate getProductionDate() {
        return productionDate;
    }

    public void setProductionDate(LocalDate productionDate) {
        this.productionDate = productionDate;
    }

    public Integer getSampleQuantity() {
        return sampleQuantity;
    }

    public void setSampleQuantity(Integer sampleQuantity) {
        this.sampleQuantity = sampleQuantity;
    }

    public Integer getBackupQuantity() {
        return backupQuantity;
    }

    public void setBackupQuantity(Integer backupQuantity) {
        this.backupQuantity = backupQuantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public void setQuantityUnit(String quantityUnit) {
        this.quantityUnit = quantityUnit;
    }

    public LocalDate getSamplingDate() {
        return samplingDate;
    }

    public void setSamplingDate(LocalDate samplingDate) {
        this.samplingDate = samplingDate;
    }

    public String getSamplingPlace() {
        return samplingPlace;
    }

    public void setSamplingPlace(String samplingPlace) {
        this.samplingPlace = samplingPlace;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Set<Long> getSamplerIds() {
        return samplerIds;
    }

    public void setSamplerIds(Set<Long> samplerIds) {
        this.samplerIds = samplerIds;
    }

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
}

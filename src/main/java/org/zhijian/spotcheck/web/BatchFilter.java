package org.zhijian.spotcheck.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.spotcheck.domain.BatchQuery;
import org.zhijian.spotcheck.domain.BatchStatus;

/** The filters of the batch list, bound from the query string; the export link carries the same ones. */
public class BatchFilter {

    private String q;
    private Long districtId;
    private Long planId;
    private Long categoryId;
    private Long enterpriseId;
    private BatchStatus status;
    private Judgement verdict;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private boolean overdue;

    BatchQuery toQuery(LocalDate today) {
        return new BatchQuery(q, districtId, planId, categoryId, enterpriseId, status, verdict, from, to, overdue,
                today);
    }

    String link(String path) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("districtId", java.util.Optional.ofNullable(districtId))
                .queryParamIfPresent("planId", java.util.Optional.ofNullable(planId))
                .queryParamIfPresent("categoryId", java.util.Optional.ofNullable(categoryId))
                .queryParamIfPresent("enterpriseId", java.util.Optional.ofNullable(enterpriseId))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("verdict", java.util.Optional.ofNullable(verdict))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .queryParamIfPresent("overdue", java.util.Optional.of(overdue).filter(b -> b))
                .encode().build().toUriString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public void setStatus(BatchStatus status) {
        this.status = status;
    }

    public Judgement getVerdict() {
        return verdict;
    }

    public void setVerdict(Judgement verdict) {
        this.verdict = verdict;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }
}

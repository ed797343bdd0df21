package org.zhijian.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * A penalty decision as the public sees it (行政处罚信息公示): only what the decision publishes
 * (document number, enterprise, violation, legal basis, penalty), never the case's evidence,
 * officers or notes. Published when the decision is recorded; public until its period ends.
 */
@Entity
@Table(name = "credit_penalty_notice")
public class PenaltyNotice extends AuditedEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "document_number", nullable = false, length = 60)
    private String documentNumber;

    @Column(nullable = false, length = 200)
    private String kinds;

    @Column(precision = 14, scale = 2)
    private BigDecimal fine;

    @Column(nullable = false)
    private boolean serious;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 2000)
    private String violation;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "penalty_content", nullable = false, length = 2000)
    private String penaltyContent;

    @Column(name = "publish_by", nullable = false)
    private LocalDate publishBy;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "public_until", nullable = false)
    private LocalDate publicUntil;

    protected PenaltyNotice() {
    }

    PenaltyNotice(PenaltyDecided e, Enterprise enterprise, LocalDate publishBy, LocalDate publishedOn,
                  LocalDate publicUntil, String actor, Instant now) {
        this.caseId = e.caseId();
        this.enterpriseId = enterprise.getId();
        this.districtId = enterprise.getDistrictId();
        this.enterpriseName = enterprise.getName();
        this.creditCode = enterprise.getCreditCode().value();
        this.documentNumber = e.documentNumber();
        this.kinds = e.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.fine = e.fine();
        this.serious = e.serious();
        this.decidedOn = e.decidedOn();
        this.violation = nonNull(e.violation());
        this.legalBasis = nonNull(e.legalBasis());
        this.penaltyContent = nonNull(e.penaltyContent());
        this.publishBy = publishBy;
        this.publishedOn = publishedOn;
        this.publicUntil = publicUntil;
        created(actor, now);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Only a warning: the shorter public period applies. */
    static boolean warningOnly(Set<PenaltyKind> kinds) {
        return kinds.equals(Set.of(PenaltyKind.WARNING));
    }

    /** Published after the 20-working-day window. */
    public boolean isLate() {
        return publishedOn.isAfter(publishBy);
    }

    public boolean isPublicOn(LocalDate today) {
        return !publishedOn.isAfter(today) && !publicUntil.isBefore(today);
    }

    public List<PenaltyKind> getKindList() {
        return kinds.isEmpty() ? List.of() : Arrays.stream(kinds.split(",")).map(PenaltyKind::valueOf).toList();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("caseId", caseId);
        s.put("enterpriseId", enterpriseId);
        s.put("documentNumber", documentNumber);
        s.put("kinds", kinds);
        s.put("fine", fine == null ? null : fine.toPlainString());
        s.put("decidedOn", decidedOn.toString());
        s.put("publishBy", publishBy.toString());
        s.put("publishedOn", publishedOn.toString());
        s.put("publicUntil", publicUntil.toString());
        return s;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public BigDecimal getFine() {
        return fine;
    }

    public boolean isSerious() {
        return serious;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getViolation() {
        return violation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getPenaltyContent() {
        return penaltyContent;
    }

    public LocalDate getPublishBy() {
        return publishBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getPublicUntil() {
        return publicUntil;
    }
}

package org.zhijian.licence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/** An industrial product production licence (工业产品生产许可证) held by one enterprise. */
@Entity
@Table(name = "production_licence")
public class ProductionLicence extends AuditedEntity {

    @Column(name = "licence_number", nullable = false, unique = true, length = 24)
    private LicenceNumber number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "product_name", nullable = false, length = 100)
    private String productName;

    @Column(name = "product_unit", nullable = false, length = 100)
    private String productUnit;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LicenceStatus status = LicenceStatus.VALID;

    @Column(name = "issuing_authority", length = 100)
    private String issuingAuthority;


    protected ProductionLicence() {
    }

    public ProductionLicence(Enterprise enterprise, LicenceDetails details, String actor, Instant now) {
        this.enterprise = enterprise;
        apply(details);
        created(actor, now);
    }

    public void update(LicenceDetails details, String actor, Instant now) {
        apply(details);
        touched(actor, now);
    }

    private void apply(LicenceDetails d) {
        if (d.expiresOn().isBefore(d.issuedOn())) {
            throw new BusinessRuleException("expiresOn", "licence.expiresBeforeIssued");
        }
        this.number = d.number();
        this.productName = d.productName().strip();
        this.productUnit = d.productUnit().strip();
        this.issuedOn = d.issuedOn();
        this.expiresOn = d.expiresOn();
        this.issuingAuthority = d.issuingAuthority() == null || d.issuingAuthority().isBlank()
                ? null : d.issuingAuthority().strip();
    }

    /** Moves to another state if the state machine allows it; the caller records the transition. */
    public LicenceTransition moveTo(LicenceStatus next, String reason, String legalBasis, String actor, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("targetStatus", "licence.transition.forbidden",
                    new DefaultMessageSourceResolvable(status.messageCode()),
                    new DefaultMessageSourceResolvable(next.messageCode()));
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "licence.transition.reasonRequired");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new BusinessRuleException("legalBasis", "licence.transition.legalBasisRequired");
        }
        LicenceTransition t = new LicenceTransition(this, status, next, reason.strip(), legalBasis.strip(), actor, now);
        this.status = next;
        touched(actor, now);
        return t;
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn.isBefore(day);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number.value());
        s.put("enterpriseId", enterprise.getId());
        s.put("productName", productName);
        s.put("productUnit", productUnit);
        s.put("issuedOn", issuedOn.toString());
        s.put("expiresOn", expiresOn.toString());
        s.put("status", status.name());
        s.put("issuingAuthority", issuingAuthority);
        return s;
    }

    public LicenceNumber getNumber() {
        return number;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductUnit() {
        return productUnit;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

}

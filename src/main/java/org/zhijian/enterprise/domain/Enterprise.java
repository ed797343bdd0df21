package org.zhijian.enterprise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.AuditedEntity;
import org.zhijian.system.text.PinyinOrder;

/** A production enterprise (企业) under supervision; it belongs to the district it is registered in. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends AuditedEntity {

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private SocialCreditCode creditCode;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name's pinyin sort key ({@link PinyinOrder#sortKey}): lists sorted by name page in pinyin order. */
    @Column(name = "name_sort_key", length = 1200)
    private String nameSortKey;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnterpriseStatus status;

    @Column(length = 300)
    private String address;

    @Column(name = "legal_representative", length = 60)
    private String legalRepresentative;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    /** On the serious illegal and dishonest list (严重违法失信名单); set by the credit module's decisions. */
    @Column(nullable = false)
    private boolean listed;


    /** Lists sort enterprises by name in pinyin order (its sort key, then the name for rows not yet keyed). */
    public static final org.springframework.data.domain.Sort BY_NAME =
            org.springframework.data.domain.Sort.by("nameSortKey", "name", "id");

    /** Pinyin initials of the name, for the type-ahead; follows the name, not audited (derived). */
    @Column(name = "name_initials", length = 200)
    private String nameInitials;


    protected Enterprise() {
    }

    public Enterprise(EnterpriseDetails details, String actor, Instant now) {
        apply(details);
        created(actor, now);
    }

    public void update(EnterpriseDetails details, String actor, Instant now) {
        apply(details);
        touched(actor, now);
    }

    private void apply(EnterpriseDetails d) {
        String newName = d.name().strip();
        if (!newName.equals(this.name) || nameInitials == null) {
            this.nameInitials = PinyinInitials.of(newName);
        }
        this.name = newName;
        this.nameSortKey = PinyinOrder.sortKey(name);
        this.creditCode = d.creditCode();
        this.districtId = d.districtId();
        this.industry = d.industry();
        this.status = d.status();
        this.address = blankToNull(d.address());
        this.legalRepresentative = blankToNull(d.legalRepresentative());
        this.contactPhone = blankToNull(d.contactPhone());
        this.establishedOn = d.establishedOn();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The recorded values, for the audit trail and for showing what a stale edit would overwrite. */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("creditCode", creditCode.value());
        s.put("districtId", districtId);
        s.put("industry", industry.name());
        s.put("status", status.name());
        s.put("address", address);
        s.put("legalRepresentative", legalRepresentative);
        s.put("contactPhone", contactPhone);
        s.put("establishedOn", establishedOn == null ? null : establishedOn.toString());
        return s;
    }

    public void markListed(boolean listed, String actor, Instant now) {
        this.listed = listed;
        touched(actor, now);
    }

    public boolean isListed() {
        return listed;
    }

    public SocialCreditCode getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Industry getIndustry() {
        return industry;
    }

    public EnterpriseStatus getStatus() {
        return status;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public String getNameInitials() {
        return nameInitials;
    }

}

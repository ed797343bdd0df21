package org.zhijian.enterprise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.enterprise.domain.ValidSocialCreditCode;

/** The enterprise form as typed: kept whole when it is sent back with errors. */
public class EnterpriseForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @ValidSocialCreditCode
    private String creditCode;

    @NotNull
    private Long districtId;

    @NotNull
    private Industry industry;

    @NotNull
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    @Size(max = 300)
    private String address;

    @Size(max = 60)
    private String legalRepresentative;

    @Size(max = 40)
    private String contactPhone;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;

    /** The version the user started editing from; a newer one in the database means a stale edit. */
    private long version;

    public static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        f.name = e.getName();
        f.creditCode = e.getCreditCode().value();
        f.districtId = e.getDistrictId();
        f.industry = e.getIndustry();
        f.status = e.getStatus();
        f.address = e.getAddress();
        f.legalRepresentative = e.getLegalRepresentative();
        f.contactPhone = e.getContactPhone();
        f.establishedOn = e.getEstablishedOn();
        f.version = e.getVersion();
        return f;
    }

    EnterpriseDetails toDetails() {
        return new EnterpriseDetails(name, SocialCreditCode.parse(creditCode), districtId, industry, status, address,
                legalRepresentative, contactPhone, establishedOn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
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

    public EnterpriseStatus getStatus() {
        return status;
    }

    public void setStatus(EnterpriseStatus status) {
        this.status = status;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

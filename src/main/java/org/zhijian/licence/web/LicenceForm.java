package org.zhijian.licence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhijian.licence.domain.LicenceDetails;
import org.zhijian.licence.domain.LicenceNumber;
import org.zhijian.licence.domain.ProductionLicence;

/** The licence form as typed. The expiry may be left empty: it then defaults to five years. */
public class LicenceForm {

    /** Accepts full-width input; {@link LicenceNumber#parse} normalises it. */
    static final String NUMBER_PATTERN =
            "^\\s*(?:[(（]\\p{IsHan}[)）])?\\s*[XxＸｘ][KkＫｋ][0-9０-９]{2}[-－][0-9０-９]{3}[-－][0-9０-９]{5}\\s*$";

    @NotBlank
    @Pattern(regexp = NUMBER_PATTERN, message = "{licence.number.format}")
    private String number;

    @NotNull
    private Long enterpriseId;

    @NotBlank
    @Size(max = 100)
    private String productName;

    @NotBlank
    @Size(max = 100)
    private String productUnit;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    @Size(max = 100)
    private String issuingAuthority;

    private long version;

    static LicenceForm of(ProductionLicence l) {
        LicenceForm f = new LicenceForm();
        f.number = l.getNumber().value();
        f.enterpriseId = l.getEnterprise().getId();
        f.productName = l.getProductName();
        f.productUnit = l.getProductUnit();
        f.issuedOn = l.getIssuedOn();
        f.expiresOn = l.getExpiresOn();
        f.issuingAuthority = l.getIssuingAuthority();
        f.version = l.getVersion();
        return f;
    }

    LicenceDetails toDetails() {
        return new LicenceDetails(LicenceNumber.parse(number), enterpriseId, productName, productUnit, issuedOn,
                expiresOn, issuingAuthority);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getProductUnit() {
        return productUnit;
    }

    public void setProductUnit(String productUnit) {
        this.productUnit = productUnit;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.zhijian.licence.domain;

import java.time.LocalDate;

/** What an admin records about a licence, parsed: input to record and update. */
public record LicenceDetails(
        LicenceNumber number,
        Long enterpriseId,
        String productName,
        String productUnit,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String issuingAuthority) {
}

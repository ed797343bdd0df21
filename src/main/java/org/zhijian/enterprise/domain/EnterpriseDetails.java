package org.zhijian.enterprise.domain;

import java.time.LocalDate;

/** What an admin records about an enterprise, already parsed: the input to create and update. */
public record EnterpriseDetails(
        String name,
        SocialCreditCode creditCode,
        Long districtId,
        Industry industry,
        EnterpriseStatus status,
        String address,
        String legalRepresentative,
        String contactPhone,
        LocalDate establishedOn) {
}

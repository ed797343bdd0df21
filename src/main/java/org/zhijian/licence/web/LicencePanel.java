package org.zhijian.licence.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.ProductionLicence;

/**
 * The enterprise page's licence list reads its rows through this bean
 * (${@licencePanel.of(id)}), so the enterprise module needs no knowledge of
 * licences. Scoped by the licence service like every read.
 */
@Component("licencePanel")
public class LicencePanel {

    private final LicenceService licences;

    LicencePanel(LicenceService licences) {
        this.licences = licences;
    }

    public List<ProductionLicence> of(Long enterpriseId) {
        return licences.ofEnterprise(enterpriseId);
    }
}

package org.zhijian.portal.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.security.AccessGuard;

/**
 * What an enterprise user sees of their own enterprise (企业端). Every read goes through the lower
 * modules' services as the enterprise user, so their guard checks admit only this one enterprise.
 */
@Service
@Transactional(readOnly = true)
public class PortalService {

    private final EnterpriseService enterprises;
    private final AccessGuard guard;

    PortalService(EnterpriseService enterprises, AccessGuard guard) {
        this.enterprises = enterprises;
        this.guard = guard;
    }

    /** The enterprise user's own enterprise; 403 for anyone else. */
    public Enterprise ownEnterprise() {
        return enterprises.get(ownEnterpriseId());
    }

    Long ownEnterpriseId() {
        Long id = guard.ownEnterprise();
        if (id == null) {
            throw new AccessDeniedException("the enterprise side is for enterprise users");
        }
        return id;
    }
}

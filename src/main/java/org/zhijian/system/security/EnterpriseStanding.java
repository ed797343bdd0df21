package org.zhijian.system.security;

/**
 * Whether an enterprise's own users may still log in (issue 13): not once the enterprise is
 * deregistered (注销). The accounts module asks it at every login; the portal module answers it (it
 * sits above the enterprise module, so accounts need not depend on it).
 */
public interface EnterpriseStanding {

    boolean mayLogIn(Long enterpriseId);
}

package org.zhijian.portal.domain;

/** One enterprise user in an admin's list: who, for which enterprise, whether they can log in yet. */
public record EnterpriseAccount(Long userId, String username, String displayName, Long enterpriseId,
                                String enterpriseName, boolean enabled) {
}

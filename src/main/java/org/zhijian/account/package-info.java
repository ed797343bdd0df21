/** Accounts: users, roles, their district, passwords and lockout. */
@ApplicationModule(displayName = "Accounts")
package org.zhijian.account;

import org.springframework.modulith.ApplicationModule;

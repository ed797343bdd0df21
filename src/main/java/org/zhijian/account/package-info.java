/** Accounts: users, roles, their district, passwords and lockout. */
package org.zhijian.account;

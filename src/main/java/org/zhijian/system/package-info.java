/** Cross-cutting platform: security, district scoping, audit, i18n, error handling, scheduling. */
package org.zhijian.system;

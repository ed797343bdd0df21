/** Cross-cutting platform: security, district scoping, audit, i18n, error handling, scheduling. */
@ApplicationModule(displayName = "System", type = ApplicationModule.Type.OPEN)
package org.zhijian.system;

import org.springframework.modulith.ApplicationModule;

/** Risk information (风险信息) and its assessment, quality-safety incidents (质量安全事故) and the emergency response. */
@ApplicationModule(displayName = "Incidents")
package org.zhijian.incident;

import org.springframework.modulith.ApplicationModule;

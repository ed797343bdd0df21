/** Screening campaigns (风险排查整治) and the risk list, report and archive they leave. */
@ApplicationModule(displayName = "Campaigns")
package org.zhijian.campaign;

import org.springframework.modulith.ApplicationModule;

/** Dashboards, period reports and early warnings for bureau heads (驾驶舱, 统计报告, 风险预警). */
@ApplicationModule(displayName = "Dashboard")
package org.zhijian.dashboard;

import org.springframework.modulith.ApplicationModule;

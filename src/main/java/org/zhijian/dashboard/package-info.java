/** Dashboards, period reports and early warnings for bureau heads (驾驶舱, 统计报告, 风险预警). */
package org.zhijian.dashboard;

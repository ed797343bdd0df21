/** Screening campaigns (风险排查整治) and the risk list, report and archive they leave. */
package org.zhijian.risk.campaign;

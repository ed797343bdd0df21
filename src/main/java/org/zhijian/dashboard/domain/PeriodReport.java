package org.zhijian.dashboard.domain;

import java.time.Instant;
import org.zhijian.spotcheck.domain.PassRate;

/**
 * The period report (half year, year, any range) the seeds are written from: the
 * summary sentence, the rate behind it (with enterprises and products counted),
 * and the dashboard's tables and charts for the same filter.
 */
public record PeriodReport(DashboardView view, PassRate overall, String summary, String scopeName,
                           Instant generatedAt) {
}

package org.zhijian.dashboard.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of the dashboards (zhijian.dashboard.*): how far ahead licence expiry
 * looks, how many products the "failing most" table shows, and the early-warning
 * thresholds documented on {@link EarlyWarningRule}.
 */
@ConfigurationProperties("zhijian.dashboard")
public record DashboardProperties(int licenceHorizonDays, int topProducts, int warningMinBatches,
                                  int hazardClusterSize, int hazardClusterWindowDays) {

    public DashboardProperties {
        licenceHorizonDays = licenceHorizonDays <= 0 ? 90 : licenceHorizonDays;
        topProducts = topProducts <= 0 ? 10 : topProducts;
        warningMinBatches = warningMinBatches <= 0 ? 20 : warningMinBatches;
        hazardClusterSize = hazardClusterSize <= 0 ? 5 : hazardClusterSize;
        hazardClusterWindowDays = hazardClusterWindowDays <= 0 ? 30 : hazardClusterWindowDays;
    }

    public static DashboardProperties defaults() {
        return new DashboardProperties(0, 0, 0, 0, 0);
    }
}

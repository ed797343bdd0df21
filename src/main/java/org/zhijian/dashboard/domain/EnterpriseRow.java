package org.zhijian.dashboard.domain;

import org.zhijian.spotcheck.passrate.PassRate;

/** One enterprise of a product -> enterprise drill-down, with its batches in the slice. */
public record EnterpriseRow(long enterpriseId, String name, long districtId, long sampled, long finals,
                            long passed) {

    public PassRate rate() {
        return PassRate.of(finals, passed, 1, 0);
    }

    public long failed() {
        return finals - passed;
    }
}

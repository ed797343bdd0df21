package org.zhijian.dashboard.domain;

import java.util.List;
import org.zhijian.spotcheck.domain.PassRate;

/** One enterprise of a product -> enterprise drill-down, with its batches in the slice. */
public record EnterpriseRow(long enterpriseId, String name, long districtId, long sampled, long finals,
                            long passed) {

    public PassRate rate() {
        return PassRate.of(finals, passed, 1, 0);
    }

    public long failed() {
        return finals - passed;
    }

    /** The rows added up: what the drill-down's summary line states (sampled, final, failed, rate of final). */
    public static EnterpriseRow total(List<EnterpriseRow> rows) {
        return new EnterpriseRow(0, null, 0, rows.stream().mapToLong(EnterpriseRow::sampled).sum(),
                rows.stream().mapToLong(EnterpriseRow::finals).sum(),
                rows.stream().mapToLong(EnterpriseRow::passed).sum());
    }
}

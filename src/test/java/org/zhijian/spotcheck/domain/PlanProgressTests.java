package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanProgressTests {

    @Test
    void aPlansProgressSumsItsDistrictsAndRoundsThePercent() {
        PlanProgress total = PlanProgress.total(List.of(new PlanProgress(1L, "椒江区", 2, 1),
                new PlanProgress(2L, "黄岩区", 1, 1)));
        assertThat(total.planned()).isEqualTo(3);
        assertThat(total.done()).isEqualTo(2);
        assertThat(total.percent()).isEqualTo(67);
    }

    @Test
    void batchesWithoutAQuotaCountAsDoneAndTheBarStopsAtAHundred() {
        assertThat(PlanProgress.total(List.of(new PlanProgress(1L, "椒江区", 0, 2))).percent()).isEqualTo(100);
        assertThat(PlanProgress.total(List.of(new PlanProgress(1L, "椒江区", 2, 5))).percent()).isEqualTo(100);
        assertThat(PlanProgress.total(List.of()).percent()).isZero();
    }
}

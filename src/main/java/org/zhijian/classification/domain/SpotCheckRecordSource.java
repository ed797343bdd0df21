package org.zhijian.classification.domain;

import java.time.LocalDate;

/**
 * Seam: an enterprise's spot-check record. The spot-check feature implements it (batches with a
 * final 不合格 verdict sampled on or after {@code since}); without it, the default counts none.
 */
public interface SpotCheckRecordSource {

    int failedBatchesSince(Long enterpriseId, LocalDate since);
}

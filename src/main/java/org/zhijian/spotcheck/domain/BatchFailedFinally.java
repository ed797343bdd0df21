package org.zhijian.spotcheck.domain;

import java.time.LocalDate;

/**
 * A batch's failure became final: no objection within the window, or the re-test confirmed it. Enforcement opens a clue linked to the batch; credit puts the failure on the enterprise's record.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record BatchFailedFinally(Long batchId, Long enterpriseId, Long districtId, String formNumber, LocalDate finalOn) {
}

package org.zhijian.enforcement.domain;

import java.time.LocalDate;

/**
 * A clue (案件线索) was received: its 15-working-day verification clock starts.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record ClueReceived(Long clueId, Long enterpriseId, Long districtId, ClueSource source, Long sourceId, LocalDate receivedOn, LocalDate verifyBy) {
}

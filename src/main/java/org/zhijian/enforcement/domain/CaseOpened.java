package org.zhijian.enforcement.domain;

import java.time.LocalDate;

/**
 * A case was opened (立案) from a clue: its 90-day decision clock starts.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record CaseOpened(Long caseId, Long clueId, Long enterpriseId, Long districtId, String caseNumber, LocalDate openedOn) {
}

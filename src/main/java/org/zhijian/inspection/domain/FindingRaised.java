package org.zhijian.inspection.domain;

import java.time.LocalDate;

/**
 * An officer turned a non-conforming checklist item into an enforcement clue (a hazard is opened by calling the hazard module directly). Enforcement listens and records the clue with the record as its source.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record FindingRaised(Long recordId, Long enterpriseId, Long districtId, String item, String finding, String raisedBy, LocalDate raisedOn) {
}

package org.zhijian.enforcement.domain;

import java.time.LocalDate;

/**
 * A case was closed (结案): executed, transferred to the judicial authorities, or decided without penalty.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record CaseClosed(Long caseId, Long enterpriseId, Long districtId, boolean serious, LocalDate closedOn) {
}

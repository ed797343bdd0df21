package org.zhijian.inspection.domain;

import java.time.LocalDate;

/**
 * An inspection record was submitted and is final (corrections are new entries).
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record InspectionSubmitted(Long recordId, Long taskId, Long enterpriseId, Long districtId, String resultCategory, LocalDate inspectedOn) {
}

package org.zhijian.portal.domain;

import java.time.Instant;

/**
 * An enterprise user requested an objection / re-test for a failed batch within the 15-day window.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record ObjectionRequested(Long batchId, Long enterpriseId, Long districtId, String requestedBy, Instant at) {
}

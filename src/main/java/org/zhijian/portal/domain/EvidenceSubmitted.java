package org.zhijian.portal.domain;

import java.time.Instant;

/**
 * An enterprise user submitted rectification evidence for a hazard or a spot-check rectification; the inspector reviews it.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record EvidenceSubmitted(String subjectType, Long subjectId, Long enterpriseId, Long districtId, String submittedBy, Instant at) {
}

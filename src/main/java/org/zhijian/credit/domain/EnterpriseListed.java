package org.zhijian.credit.domain;

import java.time.LocalDate;

/**
 * An enterprise was put on the serious illegal and dishonest list (列入严重违法失信名单) by a listing decision.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record EnterpriseListed(Long listingId, Long enterpriseId, Long districtId, LocalDate listedOn, LocalDate until) {
}

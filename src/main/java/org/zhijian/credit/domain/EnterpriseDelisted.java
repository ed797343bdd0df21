package org.zhijian.credit.domain;

import java.time.LocalDate;

/**
 * An enterprise left the list: early removal after credit repair (信用修复) or expiry at three years.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record EnterpriseDelisted(Long listingId, Long enterpriseId, Long districtId, LocalDate on, boolean early) {
}

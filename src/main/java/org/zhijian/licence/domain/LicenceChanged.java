package org.zhijian.licence.domain;

/**
 * A licence was recorded, edited or moved to another state (a transition, or expiry by the daily
 * job). Published by {@link LicenceService} inside the transaction that made the change; see
 * docs/events.md for who listens.
 *
 * <p>Delivery: in-process and synchronous, never lost and never seen by a listener before it is
 * true: listeners join the publishing transaction (classification recomputes the class just before
 * it commits, as the Hibernate listener it replaces did), so the change and its reactions commit or
 * roll back together and nothing needs to be replayed after a crash.
 */
public record LicenceChanged(Long licenceId, Long enterpriseId) {
}

package org.zhijian.hazard.domain;

/**
 * A hazard was recorded or made a move of its lifecycle, so the enterprise's open hazards may have
 * changed. Published by {@link HazardService} inside the transaction that made the change; see
 * docs/events.md for who listens.
 *
 * <p>Delivery: in-process and synchronous. Listeners run at the point of publication in the same
 * transaction (classification recomputes the class at once, as before), so the change and its
 * reactions commit or roll back together: nothing is lost on a crash and nothing to replay.
 */
public record HazardChanged(Long hazardId, Long enterpriseId) {
}

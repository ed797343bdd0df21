package org.zhijian.spotcheck.domain;

/**
 * Published inside the transaction that records results or moves a batch along
 * its post-processing: the enterprise's spot-check record may have changed.
 * See docs/events.md for who listens.
 *
 * <p>Delivery: in-process and synchronous. Listeners run at the point of publication in the same
 * transaction (classification recomputes the class at once), so the change and its reactions
 * commit or roll back together: nothing is lost on a crash and nothing to replay.
 */
public record BatchVerdictChanged(Long enterpriseId) {
}

package org.zhijian.spotcheck.domain;

/**
 * Published inside the transaction that records results or moves a batch along
 * its post-processing: the enterprise's spot-check record may have changed.
 */
public record BatchVerdictChanged(Long enterpriseId) {
}

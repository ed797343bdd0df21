package org.zhijian.enforcement.domain;

import java.time.Instant;

/** A piece of evidence without its bytes, for lists. */
public record EvidenceInfo(Long id, EvidenceKind kind, String fileName, String contentType, int sizeBytes,
                           String sha256, Instant uploadedAt, String uploadedBy) {
}

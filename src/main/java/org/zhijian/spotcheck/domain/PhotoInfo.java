package org.zhijian.spotcheck.domain;

import java.time.Instant;

/** A photo's description, without its bytes. */
public record PhotoInfo(Long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt,
                        String uploadedBy) {
}

package org.zhijian.inspection.domain;

import java.time.Instant;

/** A photo's description without its bytes. */
public record PhotoView(Long id, String fileName, String contentType, int sizeBytes, String sha256,
                        Instant uploadedAt, String uploadedBy) {
}

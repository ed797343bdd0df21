package org.zhijian.spotcheck.domain;

/**
 * What submitting a sampling form did: made the batch ({@code created}), or
 * found the one an earlier submission with the same token already made (a
 * double click, a retry after a timeout, a retry racing the first attempt).
 */
public record Submission(SamplingBatch batch, boolean created) {

    static Submission made(SamplingBatch batch) {
        return new Submission(batch, true);
    }

    static Submission repeated(SamplingBatch batch) {
        return new Submission(batch, false);
    }
}

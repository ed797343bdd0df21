package org.zhijian.resultimport.domain;

import java.time.Instant;
import java.util.List;

/** An import as its progress page and the API see it. */
public record ImportJob(Long id, String fileName, String status, String phase, Long districtId, Long planId,
                        int rowsRead, Integer rowsTotal, int batchesWritten, int errorCount, List<RowIssue> issues,
                        Instant startedAt, Instant finishedAt, String startedBy) {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    /** Percent of rows read while validating (0–90) and 90–100 while writing; null when the total is unknown. */
    public Integer percent() {
        if (!isRunning()) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return null;
        }
        int read = (int) Math.min(90, rowsRead * 90L / rowsTotal);
        return "WRITING".equals(phase) ? 95 : read;
    }
}

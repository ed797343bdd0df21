package org.zhijian.resultimport.domain;

import org.zhijian.system.BusinessRuleException;

/**
 * The same file (same SHA-256) is already being imported, or was imported, as another
 * job: the page and the API say which, rather than letting the second import fail on
 * the form numbers the first wrote.
 */
public class DuplicateImportException extends BusinessRuleException {

    private final long jobId;
    private final boolean running;

    DuplicateImportException(long jobId, boolean running) {
        super("file", running ? "spotcheck.import.sameFileRunning" : "spotcheck.import.sameFileImported",
                String.valueOf(jobId));
        this.jobId = jobId;
        this.running = running;
    }

    /** The import that holds the file. */
    public long getJobId() {
        return jobId;
    }

    /** True while that import still runs, false once it committed. */
    public boolean isRunning() {
        return running;
    }
}

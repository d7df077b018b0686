package org.migrationmptf.fund.reports.api;

import java.time.Instant;

/**
 * A report being generated in the background for one user: how far it is (percent), and when done
 * the file's name and SHA-256 (its bytes are fetched once done), or why it failed.
 */
public record ReportJob(
        String id,
        String report,
        State state,
        int percent,
        String fileName,
        String sha256,
        String failure,
        Instant startedAt,
        Instant finishedAt) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean done() {
        return state == State.DONE;
    }
}

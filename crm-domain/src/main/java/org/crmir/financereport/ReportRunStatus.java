package org.crmir.financereport;

/** QUEUED → RUNNING → DONE or FAILED. A redelivered message finds a DONE run and leaves it as it is. */
public enum ReportRunStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}

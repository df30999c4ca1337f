package org.civiclimate.assembly.draws;

/** Where a draw stands: prepared, waiting for or in its run, or done one way or another. */
public enum DrawStatus {
    DRAFT,
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** Whether its quotas, pool and settings may still change and a run be asked for. */
    boolean editable() {
        return this == DRAFT || this == FAILED || this == CANCELLED;
    }
}

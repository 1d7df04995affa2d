package org.crmir.importing;

/** Where an import run is: still running, finished (whatever each row's fate), or stopped by a failure. */
public enum ImportRunState {
    RUNNING,
    FINISHED,
    STOPPED
}

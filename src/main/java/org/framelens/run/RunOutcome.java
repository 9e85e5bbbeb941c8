package org.framelens.run;

/** How a run ended, as the exit code the command line returns. */
public enum RunOutcome {
    /** Every file was used and the report written. */
    ALL_USED(0),
    /** Some files were skipped; the report was written from the rest. */
    SOME_SKIPPED(1),
    /** Nothing usable, or the request itself was wrong: no report written, earlier reports untouched. */
    NOTHING_WRITTEN(2);

    private final int exitCode;

    RunOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

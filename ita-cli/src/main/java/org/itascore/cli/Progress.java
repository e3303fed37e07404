package org.itascore.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * Shows records read and the rate on stderr while a large input is read, when stderr is a terminal. Quiet
 * below 100,000 records and when output is redirected, so scripts and tests see nothing.
 */
final class Progress implements LongConsumer {

    private static final long QUIET_BELOW = 100_000;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private boolean shown;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void accept(long records) {
        if (!terminal || records < QUIET_BELOW) {
            return;
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        err.printf("\rita: %,d records read (%,.0f records/s)", records, records / seconds);
        err.flush();
        shown = true;
    }

    /** Ends the progress line, if one was shown. */
    void done() {
        if (shown) {
            err.println();
        }
    }
}

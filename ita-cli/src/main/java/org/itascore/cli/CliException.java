package org.itascore.cli;

import java.util.List;

/** A failure the command line reports as lines on stderr and an exit code, never as a stack trace. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code. */
    private final int exitCode;
    /** The lines to print; an immutable list. */
    private final transient List<String> lines;

    CliException(int exitCode, List<String> lines) {
        super(String.join("\n", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}

package org.itascore.cli;


/** The exit codes of {@code ita}. */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** The audit found inconsistencies, or a what-if target cannot be reached. */
    static final int FINDINGS = 1;
    /** The input is invalid; one line per problem on stderr. */
    static final int INVALID_INPUT = 2;
    /** A file cannot be read, or the output cannot be written. */
    static final int UNREADABLE = 3;
    /** A defect of ita itself; please report it. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}

package org.itascore.cli;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What every command does at its end: print what it rendered, and return an exit code. */
final class Output {

    private Output() {
    }

    /**
     * Prints what a command rendered and returns its exit code; a failed write (a full disk, a closed pipe, a
     * file-size limit) is exit 3 with a message, never exit 0.
     */
    static int print(CommandSpec spec, String rendered, int exitCode) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
        if (out.checkError()) {
            throw new CliException(ExitCodes.UNREADABLE, java.util.List.of(
                    "ita: cannot write the output (the disk is full, or the output was closed); nothing more was written"));
        }
        return exitCode;
    }
}

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

    /**
     * Writes a file that is not text (a Word document) to standard output, whole, and returns the exit code; a
     * failed write is exit 3 with a message, as for text. The file is made before anything is written, so that a
     * refusal leaves standard output empty.
     */
    static int write(CommandSpec spec, Ita.Context context, byte[] file, int exitCode) {
        spec.commandLine().getOut().flush();
        context.stdout().write(file, 0, file.length);
        context.stdout().flush();
        if (context.stdout().checkError()) {
            throw new CliException(ExitCodes.UNREADABLE, java.util.List.of(
                    "ita: cannot write the output (the disk is full, or the output was closed); nothing more was written"));
        }
        return exitCode;
    }
}

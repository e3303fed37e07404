package org.itascore.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What every command does at its end: print what it rendered, and return an exit code. */
final class Output {

    private Output() {
    }

    static int print(CommandSpec spec, String rendered, int exitCode) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
        return exitCode;
    }
}

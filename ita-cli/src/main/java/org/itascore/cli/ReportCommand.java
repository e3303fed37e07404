package org.itascore.cli;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that read one report share: the optional FILE, the output options, where standard
 * input comes from, and printing the result with an exit code.
 */
abstract class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportFile input = new ReportFile();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    final Ita.Context context;

    ReportCommand(Ita.Context context) {
        this.context = context;
    }

    /** {@return the report file, standard input or the sample, read} */
    Input read(String sample) {
        return input.read(context, sample);
    }

    /** {@return the editions this command may use: the built-in ones and any --editions files} */
    org.itascore.edition.Editions editions() {
        return editionFiles.registry(context);
    }

    /** {@return the exit code, after printing what the command rendered} */
    int print(String rendered, int exitCode) {
        return Output.print(spec, rendered, exitCode);
    }
}

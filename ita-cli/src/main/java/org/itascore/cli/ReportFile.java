package org.itascore.cli;

import picocli.CommandLine.Parameters;

/**
 * The optional FILE of the commands that read one report: a path, {@code -} for standard input, or nothing
 * for a bundled sample.
 */
final class ReportFile {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The input; - for standard input; none for the bundled sample.")
    String file;

    /**
     * Reads the file, standard input, or the sample.
     *
     * @param context where standard input comes from
     * @param sample the bundled sample to read when no file is given
     * @return the input
     */
    Input read(Ita.Context context, String sample) {
        return Input.read(file, context.stdin(), sample);
    }
}

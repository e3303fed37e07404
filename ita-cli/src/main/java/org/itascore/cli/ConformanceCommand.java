package org.itascore.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.itascore.testkit.Conformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ita conformance}: writes a corpus of inputs and the library's outputs for systems not written in Java,
 * and checks such a system's outputs against it (ita-testkit's {@link Conformance}).
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "A conformance corpus for systems not written in Java: `generate` writes DIR/NAME/input.json (a report, "
                + "format 1) and DIR/NAME/expected.json (the result, format 4) for every edition and the rounding edges; the "
                + "system writes its output for each case to ACTUAL/NAME.json; `check` reports each difference by case and field.")
final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: conformance: name what to do: generate or check"));
    }

    /** {@return the command with its two subcommands, reading editions through a context} */
    static picocli.CommandLine command(Ita.Context context) {
        return new picocli.CommandLine(new ConformanceCommand()).addSubcommand(new Generate(context)).addSubcommand(new Check());
    }

    /** {@code ita conformance generate --seed S --count N --out DIR}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a corpus: the same seed writes the same bytes, on any JDK.",
            footerHeading = "%nExample:%n", footer = "  ita conformance generate --seed 2569 --count 200 --out corpus")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "2569", description = "The seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--count", paramLabel = "N", defaultValue = "100",
                description = "How many cases, 1 to 100000 (default: ${DEFAULT-VALUE}); at least 18 cover every built-in edition.")
        int count;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the corpus into.")
        Path out;

        @Mixin
        EditionFiles editionFiles = new EditionFiles();

        private final Ita.Context context;

        Generate(Ita.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (count < 1 || count > 100_000) {
                throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --count: \"" + count + "\": a corpus has 1 to 100000 cases"));
            }
            try {
                List<String> names = Conformance.generate(editionFiles.registry(context), seed, count, out);
                return Output.print(spec, "wrote " + names.size() + " cases to " + out + "\n", ExitCodes.OK);
            } catch (UncheckedIOException e) {
                throw Failures.unreadable(out.toString(), e);
            }
        }
    }

    /** {@code ita conformance check DIR --actual ACTUAL}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a system's outputs (ACTUAL/NAME.json) against a corpus: one line per difference, exit 1 when any.",
            footerHeading = "%nExample:%n", footer = "  ita conformance check corpus --actual out")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The corpus.")
        Path corpus;

        @Option(names = "--actual", paramLabel = "ACTUAL", required = true, description = "The folder of the system's outputs.")
        Path actual;

        @Override
        public Integer call() {
            if (!Files.isDirectory(corpus)) {
                throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + corpus + ": no such folder"));
            }
            List<Conformance.Difference> differences;
            try {
                differences = Conformance.check(corpus, actual);
            } catch (UncheckedIOException e) {
                throw Failures.unreadable(corpus.toString(), e);
            }
            StringBuilder out = new StringBuilder();
            differences.forEach(d -> out.append(org.itascore.render.SafeText.of(d.toString())).append('\n'));
            out.append(differences.isEmpty() ? "conformance: every case matches\n"
                    : "conformance: " + differences.size() + " difference(s)\n");
            return Output.print(spec, out.toString(), differences.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS);
        }
    }
}

package org.itascore.cli;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code ita} command line: scores, audits and analyses ITA reports.
 *
 * <p>Exit codes: 0 success; 1 audit findings or an unreachable target; 2 invalid input, one line per
 * problem on stderr ({@code ita: FILE: /json/pointer: what is wrong}) and nothing on stdout; 3 a file that
 * cannot be read.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, versionProvider = Ita.Version.class, usageHelpAutoWidth = true,
        description = "Score and grade Thailand's Integrity and Transparency Assessment (ITA) exactly.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ita score                  assess the bundled sample (Khon Kaen, FY2566)",
            "  ita score report.json --format json",
            "  ita audit                  check what the sample printed (its total 90.10 is 90.05)",
            "  ita whatif --target AA     what each indicator would need",
            "  ita history                the sample's totals FY2561-2566",
            "  ita plan                   the sample's improvement plan against its weak indicators",
            "  ita cohort samples/cohort-2566.ndjson",
            "  ita editions --provenance",
            "  ita schema report          the JSON Schema of the report format",
            "",
            "Exit codes: 0 success, 1 findings or unreachable target, 2 invalid input, 3 unreadable file."})
public final class Ita {

    /**
     * What the commands read from and write to besides their arguments.
     *
     * @param stdin standard input
     * @param stdout standard output as bytes, for a file that is not text (a Word document)
     * @param stderr standard error, for progress
     * @param terminal whether standard error is a terminal
     */
    record Context(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal) {
    }

    private Ita() {
    }

    /**
     * Runs {@code ita} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.in));
    }

    /**
     * Runs {@code ita} without exiting.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param in standard input
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        Context context = new Context(in, out, err, err == System.err && System.console() != null);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Ita())
                .addSubcommand(new ScoreCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new AuditCommand(context))
                .addSubcommand(new AnnualCommand(context))
                .addSubcommand(new HistoryCommand(context))
                .addSubcommand(new CohortCommand(context))
                .addSubcommand(new WhatIfCommand(context))
                .addSubcommand(new PlanCommand(context))
                .addSubcommand(new EditionsCommand(context))
                .addSubcommand(new SchemaCommand())
                .addSubcommand("conformance", ConformanceCommand.command(context))
                .addSubcommand(new ServeCommand(context))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(errWriter)
                .setParameterExceptionHandler((e, args1) -> {
                    // an argument is untrusted text: it cannot add a line of its own
                    errWriter.println(org.itascore.render.SafeText.of("ita: " + describe(e, args1)));
                    errWriter.println("ita: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
                    return ExitCodes.INVALID_INPUT;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (e instanceof CliException failure) {
                        failure.lines(language(parseResult)).forEach(errWriter::println);
                        hints(failure, commandLine).forEach(errWriter::println);
                        return failure.exitCode();
                    }
                    errWriter.println("ita: internal error: " + e.getMessage() + " (please report it, with the command that caused it)");
                    return ExitCodes.INTERNAL;
                });
        cli.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().findOption("--format") != null && !name.equals("schema")) {
                OutputOptions.listFormats(sub.getCommandSpec(), OutputOptions.formatsOf(name).stream()
                        .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList());
            }
            if (name.equals("report")) {
                OutputOptions.defaultLanguage(sub.getCommandSpec(), "th");
            }
        });
        try {
            int code = cli.execute(args);
            // standard output is a PrintStream, which keeps a failed write to itself: ask it
            if (out.checkError()) {
                errWriter.println("ita: cannot write the output (the disk is full, or the output was closed)");
                return ExitCodes.UNREADABLE;
            }
            return code;
        } catch (OutOfMemoryError e) {
            errWriter.println("ita: out of memory; give Java more with java -Xmx2g -jar ita.jar ..., or split the input");
            return ExitCodes.INTERNAL;
        } catch (StackOverflowError e) {
            errWriter.println("ita: internal error: the input is nested too deeply to process (please report it)");
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * {@return the commands that would work, for a refusal that names an edition to use (a year no edition covers
     * is scored under the nearest edition named with {@code --edition}, which goes after the command), or a sheet
     * given where a JSON document is read (the options that take sheets)}
     */
    static List<String> hints(CliException failure, CommandLine command) {
        List<String> out = new java.util.ArrayList<>();
        for (org.itascore.Problem p : failure.problems()) {
            if (p.code().equals("edition.uncovered")) {
                String edition = String.valueOf(p.message().arguments().get(2));
                String name = command.getCommandSpec().qualifiedName();
                String file = command.getCommandSpec().findOption("--iit") != null && command.getParseResult() != null
                        && command.getParseResult().hasMatchedOption("--iit") ? "--iit FILE --eit FILE --oit FILE" : "FILE";
                out.add("ita: for example: " + name + " " + file + " --edition " + edition);
            } else if (p.code().equals("raw.noBuiltInCatalogue") && command.getCommandSpec().findOption("--catalogue") != null) {
                out.add("ita: name it with --catalogue, for example --catalogue classic for the FY2563-2565 list of 43 items "
                        + "(ita editions --catalogue classic shows it)");
            } else if (p.code().equals("input.sheetNotJson")) {
                out.add("ita: sheets are read with --iit and --eit (Google Forms exports) and --oit (the checklist sheet), "
                        + "as in: ita " + (command.getCommandSpec().findOption("--iit") != null ? command.getCommandSpec().name() : "score")
                        + " --iit iit.csv --eit eit.csv --oit oit.csv --fiscal-year 2569");
            }
        }
        return out;
    }

    /** {@return the language a command line that could not be parsed asked for: its --lang, English by default} */
    static org.itascore.Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && value.strip().equalsIgnoreCase("th")) {
                return org.itascore.Language.THAI;
            }
        }
        return org.itascore.Language.ENGLISH;
    }

    /** {@return the language the command was asked to write in: --lang, English by default} */
    private static org.itascore.Language language(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult.hasSubcommand() ? parseResult.subcommand() : parseResult;
        return command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", org.itascore.Language.ENGLISH)
                : org.itascore.Language.ENGLISH;
    }

    /** A command-line mistake in the library's words: the option or argument, the value and the rule. */
    private static String describe(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            // the first word not understood; the words after it are often the values of options it takes
            String first = unmatched.getUnmatched().get(0);
            String what = (first.startsWith("-") && first.length() > 1 ? "unknown option: " : "unexpected argument: ") + first;
            List<String> near = first.startsWith("--") ? nearOptions(first, unmatched.getCommandLine().getCommandSpec()) : List.of();
            if (near.isEmpty()) {
                near = unmatched.getSuggestions().stream().filter(s -> !s.isBlank()).limit(3).toList();
            }
            return near.isEmpty() ? what : what + "; did you mean " + String.join(" or ", near) + "?";
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "missing " + missing.getMissing().stream().map(Ita::name).collect(java.util.stream.Collectors.joining(", "));
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() != null) {
            Class<?> type = e.getArgSpec().type();
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                // picocli's own words name a Java type ("'1e3' is not an int"): the rule in the library's words
                String value = e.getValue() == null ? "" : e.getValue();
                return name(e.getArgSpec()) + ": \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\": "
                        + org.itascore.Message.of("option.wholeNumber").text(language(args));
            }
            return name(e.getArgSpec()) + ": " + conversion.getMessage();
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return name(e.getArgSpec()) + ": \"" + e.getValue() + "\": " + e.getMessage();
        }
        return e.getMessage();
    }

    /**
     * {@return the options of a command a mistyped one may mean: the nearest by edits ({@code --iti} for {@code --iit}),
     * or else those whose name holds its word ({@code --year} in {@code --fiscal-year})}
     */
    static List<String> nearOptions(String given, CommandLine.Model.CommandSpec spec) {
        String word = given.replaceFirst("^-+", "").split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
        List<String> names = spec.options().stream().filter(o -> !o.hidden()).map(CommandLine.Model.OptionSpec::longestName)
                .filter(n -> n.startsWith("--")).toList();
        java.util.Optional<String> nearest = org.itascore.text.Nearest.to("--" + word, names);
        if (nearest.isPresent()) {
            return List.of(nearest.get());
        }
        return word.length() < 4 ? List.of() : names.stream().filter(n -> n.substring(2).contains(word)).limit(3).toList();
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The version printed by {@code ita --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ita " + org.itascore.Release.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}

package org.itascore.cli;

import org.itascore.render.Style;
import org.itascore.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The output options shared by the commands that print a result. */
final class OutputOptions {

    /** The output formats. */
    enum Format {
        /** An aligned plain-text table. */
        TEXT,
        /** The ita-json result format, exactly. */
        JSON,
        /** One self-contained, printable HTML page (score, audit, and the cohort dashboard). */
        HTML,
        /** A table of comma-separated values, UTF-8 with a byte order mark so that Excel reads Thai (cohort). */
        CSV,
        /** A Word document (DOCX) to edit, sign and publish (report, score, audit, plan); binary, for a file. */
        DOCX
    }

    /** The formats each command writes; a command not listed writes text and json. */
    private static final java.util.Map<String, java.util.List<Format>> FORMATS = java.util.Map.of(
            "score", java.util.List.of(Format.TEXT, Format.JSON, Format.HTML, Format.DOCX),
            "audit", java.util.List.of(Format.TEXT, Format.JSON, Format.HTML, Format.DOCX),
            "plan", java.util.List.of(Format.TEXT, Format.JSON, Format.HTML, Format.DOCX),
            "cohort", java.util.List.of(Format.TEXT, Format.JSON, Format.HTML, Format.CSV),
            // ita import writes JSON files of the documented formats; what it prints is text
            "import", java.util.List.of(Format.TEXT),
            "report", java.util.List.of(Format.TEXT, Format.HTML, Format.DOCX));

    /**
     * {@return the formats a command writes}
     *
     * @param command the command's name
     */
    static java.util.List<Format> formatsOf(String command) {
        return FORMATS.getOrDefault(command, java.util.List.of(Format.TEXT, Format.JSON));
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
            description = "Language of labels and names in text and HTML output: en or th (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ENGLISH;

    @Option(names = "--thai-digits", description = "Write numbers with Thai digits (๐-๙) in text and HTML output.")
    boolean thaiDigits;

    @Option(names = "--labels", paramLabel = "LANGS", split = ",", converter = LanguageConverter.class,
            description = "With --format json, name grades, verdicts, instruments and indicators (gradeTitle, verdictTitle, "
                    + "title) in these languages: th, en, or th,en for both. Without it, the JSON carries codes alone.")
    java.util.List<Language> labels = java.util.List.of();

    /** {@return the JSON writer of results, naming things in the languages of --labels, if given} */
    org.itascore.json.ItaJson json() {
        return org.itascore.json.ItaJson.standard().withLabels(labels.toArray(Language[]::new));
    }

    /**
     * Lists only the formats a command writes in its help: the commands other than score and audit write text
     * and json, and their help says so.
     *
     * @param command the command's spec
     * @param formats the format names, lower case
     */
    static void listFormats(picocli.CommandLine.Model.CommandSpec command, java.util.List<String> formats) {
        picocli.CommandLine.Model.OptionSpec option = command.findOption("--format");
        command.remove(option);
        command.addOption(option.toBuilder().completionCandidates(formats).build());
    }

    /**
     * Refuses a format the command cannot write.
     *
     * @param command the command's name
     * @throws CliException exit 2 when the format is HTML
     */
    void check(String command) {
        java.util.List<Format> formats = formatsOf(command);
        if (!formats.contains(format)) {
            java.util.List<String> names = formats.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();
            throw new CliException(ExitCodes.INVALID_INPUT, java.util.List.of("ita: " + command + ": --format: \""
                    + format.name().toLowerCase(java.util.Locale.ROOT) + "\": this command writes "
                    + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1)));
        }
    }

    Style style() {
        return new Style(lang, thaiDigits);
    }

    /** Reads {@code en} or {@code th}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.ofTag(value);
            } catch (org.itascore.InvalidInputException e) {
                throw new TypeConversionException("\"" + value + "\": a language is en or th");
            }
        }
    }

    /**
     * Makes a command's --lang default to another language than English, in its help and in what it does: the
     * annual analysis ({@code ita report}) is a Thai document first.
     *
     * @param command the command's spec
     * @param tag the default language's tag
     */
    static void defaultLanguage(picocli.CommandLine.Model.CommandSpec command, String tag) {
        picocli.CommandLine.Model.OptionSpec option = command.findOption("--lang");
        command.remove(option);
        command.addOption(option.toBuilder().defaultValue(tag).build());
    }

    /** Reads {@code text}, {@code json}, {@code html}, {@code csv} or {@code docx}, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("\"" + value + "\": a format is text, json, html, csv (cohort) or docx (report, "
                    + "score, audit, plan)");
        }
    }
}

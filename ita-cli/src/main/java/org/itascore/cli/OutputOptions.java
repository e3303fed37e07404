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
        /** One self-contained, printable HTML page (score and audit). */
        HTML
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
            description = "Language of labels and names in text and HTML output: en or th (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ENGLISH;

    @Option(names = "--thai-digits", description = "Write numbers with Thai digits (๐-๙) in text and HTML output.")
    boolean thaiDigits;

    /**
     * Refuses a format the command cannot write.
     *
     * @param command the command's name
     * @throws CliException exit 2 when the format is HTML
     */
    void textOrJsonOnly(String command) {
        if (format == Format.HTML) {
            throw new CliException(ExitCodes.INVALID_INPUT, java.util.List.of("ita: " + command
                    + ": --format html is available for score and audit; use text or json"));
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
                throw new TypeConversionException("'" + value + "' is not a language: use en or th");
            }
        }
    }
}

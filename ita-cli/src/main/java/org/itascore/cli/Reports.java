package org.itascore.cli;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.itascore.InvalidInputException;
import org.itascore.json.ItaJson;

/** Reads inputs through ita-json and runs the library on them, turning every refusal into one-line messages. */
final class Reports {

    private Reports() {
    }

    /**
     * Parses an input with a reader of ita-json.
     *
     * @param input the input
     * @param reader reads a stream into a value
     * @return the value
     * @throws CliException exit 2, one line per problem with its JSON pointer, or 3 if the input cannot be read
     */
    static <T> T parse(Input input, Function<java.io.InputStream, T> reader) {
        try {
            return reader.apply(new ByteArrayInputStream(input.bytes()));
        } catch (InvalidInputException e) {
            if (org.itascore.csv.SheetFiles.looksLikeSheet(input.bytes())) {
                // only once JSON failed: a JSON document is never taken for a sheet
                throw CliException.problems(ExitCodes.INVALID_INPUT, input.name(), java.util.List.of(new org.itascore.Problem(
                        org.itascore.ProblemKind.INVALID, org.itascore.Location.ROOT, null,
                        org.itascore.Message.of("input.sheetNotJson"))), 0);
            }
            throw Failures.invalid(input.name(), e);
        } catch (java.io.UncheckedIOException e) {
            throw Failures.unreadable(input.name(), e);
        }
    }

    /**
     * Runs a step of the library on parsed input.
     *
     * @param input the input, for messages
     * @param step the step
     * @return its result
     * @throws CliException exit 2, one line per problem, if the library refuses the input
     */
    static <T> T run(Input input, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw Failures.invalid(input.name(), e);
        }
    }

    /** {@return the indicator-score report an input holds (format 1)} */
    static org.itascore.report.IndicatorReport report(Input input) {
        return parse(input, ItaJson.standard()::readReport);
    }
}

package org.itascore.cli;
import java.io.UncheckedIOException;
import java.util.List;
import org.itascore.InvalidInputException;

/** Turns the library's refusals into the one-line messages of {@code ita}. */
final class Failures {

    private Failures() {
    }

    /**
     * One line per problem, {@code ita: NAME: /json/pointer: what is wrong}, exit 2; a count of the problems
     * not listed closes the list. The lines are written in the reader's language when printed.
     */
    static CliException invalid(String name, InvalidInputException e) {
        return CliException.problems(ExitCodes.INVALID_INPUT, name, e.problems(), e.omitted());
    }

    /**
     * A refused option value: {@code ita: --option: "value": rule}, one line per problem, exit 2. The problems
     * are about the option's one value, so no location is printed.
     */
    static CliException option(String option, InvalidInputException e) {
        return CliException.optionProblems(option, e.problems());
    }

    /**
     * The problems of a request's settings, exit 2: each at the option that gives its field,
     * {@code ita: --pass-rate: "150": rule}, in the order found; a problem at no option's field is written with
     * its location.
     */
    static CliException request(InvalidInputException e) {
        return CliException.requestProblems(e.problems());
    }

    /** A file that cannot be read, exit 3. */
    static CliException unreadable(String name, UncheckedIOException e) {
        return new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + e.getCause().getMessage()));
    }
}

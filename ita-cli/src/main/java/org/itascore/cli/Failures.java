package org.itascore.cli;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.json.JsonPointers;

/** Turns the library's refusals into the one-line messages of {@code ita}. */
final class Failures {

    private Failures() {
    }

    /**
     * One line per problem, {@code ita: NAME: /json/pointer: what is wrong}, exit 2; a count of the problems
     * not listed closes the list.
     */
    static CliException invalid(String name, InvalidInputException e) {
        return new CliException(ExitCodes.INVALID_INPUT, lines(name, e.problems(), e.omitted()));
    }

    /** The lines of a list of problems, each {@code ita: NAME: /json/pointer: what is wrong}. */
    static List<String> lines(String name, List<Problem> problems, long omitted) {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(line(name, p)));
        if (omitted > 0) {
            lines.add("ita: " + name + ": " + omitted + " more problem(s) not listed");
        }
        return lines;
    }

    /** {@code ita: NAME: /json/pointer: what is wrong}; the whole document is {@code /}. */
    static String line(String name, Problem p) {
        String pointer = JsonPointers.of(p.location()).toString();
        return "ita: " + name + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + p.describe();
    }

    /**
     * A refused option value: {@code ita: --option: "value": rule}, one line per problem, exit 2. The problems
     * are about the option's one value, so no location is printed.
     */
    static CliException option(String option, InvalidInputException e) {
        return new CliException(ExitCodes.INVALID_INPUT,
                e.problems().stream().map(p -> "ita: " + option + ": " + p.describe()).toList());
    }

    /** A file that cannot be read, exit 3. */
    static CliException unreadable(String name, UncheckedIOException e) {
        return new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + e.getCause().getMessage()));
    }
}

package org.itascore.cli;

import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.json.JsonPointers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/** Turns the exceptions of reading and validation into the one-line messages of {@code ita}. */
final class Failures {

    private Failures() {
    }

    /**
     * {@code ita: FILE: /json/pointer: what is wrong}, exit 2; a failure to read the file itself is exit 3.
     */
    static CliException invalidJson(String name, JacksonException e) {
        if (e instanceof JacksonIOException) {
            return new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + JsonPointers.message(e)));
        }
        return new CliException(ExitCodes.INVALID_INPUT,
                List.of("ita: " + name + ": " + pointerOrRoot(JsonPointers.of(e)) + ": " + JsonPointers.message(e)));
    }

    /** One line per problem; a problem's dotted field becomes a JSON pointer. */
    static CliException invalid(String name, InvalidInputException e) {
        return new CliException(ExitCodes.INVALID_INPUT, e.problems().stream()
                .map(p -> "ita: " + name + ": " + pointerOrRoot(pointer(p)) + ": " + describe(p))
                .toList());
    }

    private static String pointer(Problem p) {
        return p.field().isEmpty() ? "" : "/" + p.field().replace('.', '/');
    }

    private static String pointerOrRoot(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String describe(Problem p) {
        return (p.value() == null ? "missing: " : "\"" + p.value() + "\": ") + p.rule();
    }
}

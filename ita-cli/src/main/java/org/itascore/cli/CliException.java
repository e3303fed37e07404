package org.itascore.cli;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.ProblemText;
import org.itascore.json.JsonPointers;
import org.itascore.render.SafeText;

/**
 * A failure the command line reports as lines on stderr and an exit code, never as a stack trace. The lines
 * of an input's problems are written when they are printed, in the reader's language ({@code --lang}).
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code. */
    private final int exitCode;
    /** Lines written already; an immutable list. */
    private final transient List<String> lines;
    /** Where the problems are (a file name or an option), or null when there are none. */
    private final String source;
    /** The problems, each printed on a line of its own; an immutable list. */
    private final transient List<Problem> problems;
    /** Whether the problems are of an option's value, printed without a location. */
    private final boolean ofAnOption;
    /** How many more problems were found than listed. */
    private final long omitted;

    CliException(int exitCode, List<String> lines) {
        super(String.join("\n", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
        this.source = null;
        this.problems = List.of();
        this.ofAnOption = false;
        this.omitted = 0;
    }

    private CliException(int exitCode, String source, List<Problem> problems, boolean ofAnOption, long omitted) {
        super(source + ": " + problems);
        this.exitCode = exitCode;
        this.lines = List.of();
        this.source = source;
        this.problems = List.copyOf(problems);
        this.ofAnOption = ofAnOption;
        this.omitted = omitted;
    }

    /** An input's problems: {@code ita: SOURCE: /json/pointer: what is wrong}, one line each. */
    static CliException problems(int exitCode, String source, List<Problem> problems, long omitted) {
        return new CliException(exitCode, source, problems, false, omitted);
    }

    /** An option's problems: {@code ita: --option: "value": rule}, one line each. */
    static CliException optionProblems(String option, List<Problem> problems) {
        return new CliException(ExitCodes.INVALID_INPUT, option, problems, true, 0);
    }

    int exitCode() {
        return exitCode;
    }

    /** {@return the lines to print, the problems written in a language, each safe to print on a terminal} */
    List<String> lines(Language language) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.add(SafeText.of(line)));
        for (Problem p : problems) {
            out.add(ofAnOption ? SafeText.of("ita: " + source + ": " + ProblemText.describe(p, language)) : line(source, p, language));
        }
        if (omitted > 0) {
            out.add("ita: " + source + ": " + (language == Language.THAI
                    ? "และอีก " + omitted + " ปัญหาที่ไม่ได้แสดง" : omitted + " more problem(s) not listed"));
        }
        return out;
    }

    /** {@code ita: NAME: /json/pointer: what is wrong}; the whole document is {@code /}. */
    static String line(String name, Problem p, Language language) {
        String pointer = JsonPointers.of(p.location()).toString();
        return SafeText.of("ita: " + name + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + ProblemText.describe(p, language));
    }
}

package org.itascore.cli;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.table.CellPlaces;
import org.itascore.json.JsonPointers;
import org.itascore.table.SheetReport;
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
    /** The sheets with problems, each problem placed at its row and column; an immutable list. */
    private final transient List<SheetReport> sheets;

    CliException(int exitCode, List<String> lines) {
        super(String.join("\n", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
        this.source = null;
        this.problems = List.of();
        this.ofAnOption = false;
        this.omitted = 0;
        this.sheets = List.of();
    }

    private CliException(List<SheetReport> sheets) {
        super(sheets.toString());
        this.exitCode = ExitCodes.INVALID_INPUT;
        this.lines = List.of();
        this.source = null;
        this.problems = List.of();
        this.ofAnOption = false;
        this.omitted = 0;
        this.sheets = List.copyOf(sheets);
    }

    private CliException(int exitCode, String source, List<Problem> problems, boolean ofAnOption, long omitted) {
        super(source + ": " + problems);
        this.exitCode = exitCode;
        this.lines = List.of();
        this.source = source;
        this.problems = List.copyOf(problems);
        this.ofAnOption = ofAnOption;
        this.omitted = omitted;
        this.sheets = List.of();
    }

    /** The problems of sheets: {@code ita: FILE: row 5, column C “header”: what is wrong}, one line each, exit 2. */
    static CliException sheets(List<SheetReport> sheets) {
        return new CliException(sheets);
    }

    /** An input's problems: {@code ita: SOURCE: /json/pointer: what is wrong}, one line each. */
    static CliException problems(int exitCode, String source, List<Problem> problems, long omitted) {
        return new CliException(exitCode, source, problems, false, omitted);
    }

    /** A request's problems: each at its option, {@code ita: --option: "value": rule}, one line each. */
    static CliException requestProblems(List<Problem> problems) {
        return new CliException(ExitCodes.INVALID_INPUT, null, problems, true, 0);
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
            out.add(ofAnOption ? SafeText.of("ita: " + (source != null ? source : RequestOptions.of(p)
                    .orElseGet(() -> JsonPointers.of(p.location()).toString())) + ": " + p.describe(language))
                    : line(source, p, language));
        }
        if (omitted > 0) {
            out.add(omittedLine(source, omitted, language));
        }
        for (SheetReport sheet : sheets) {
            out.addAll(sheetLines(sheet, language));
        }
        return out;
    }

    /** {@return the problems of this failure: of its input or options, and of its sheets} */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        sheets.forEach(sheet -> all.addAll(sheet.problems()));
        return all;
    }

    /** {@return one line per problem of a sheet, placed at its row and column, and the count of those not listed} */
    static List<String> sheetLines(SheetReport sheet, Language language) {
        List<String> out = new ArrayList<>();
        for (Problem p : sheet.problems()) {
            String place = CellPlaces.of(sheet, p, language);
            out.add(SafeText.of("ita: " + sheet.source() + ": " + (place.isEmpty() ? "" : place + ": ")
                    + p.describe(language)));
        }
        if (sheet.omitted() > 0) {
            out.add(omittedLine(sheet.source(), sheet.omitted(), language));
        }
        return out;
    }

    private static String omittedLine(String source, long omitted, Language language) {
        return SafeText.of("ita: " + source + ": " + org.itascore.Message.of("text.problemsNotListed", omitted).text(language));
    }

    /** {@code ita: NAME: /json/pointer: what is wrong}; the whole document is {@code /}. */
    static String line(String name, Problem p, Language language) {
        String pointer = JsonPointers.of(p.location()).toString();
        return SafeText.of("ita: " + name + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + p.describe(language));
    }
}

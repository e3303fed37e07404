package org.itascore.json;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.itascore.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * The module's own refusal: one or more {@link Problem}s in the library's words, as a Jackson exception so
 * that a caller of a plain mapper gets Jackson's exception type and path. Each problem's location is
 * relative to where the exception was thrown; the path Jackson prepends as the exception travels out says
 * where that is. {@link JsonProblems#toInvalidInput} joins the two.
 */
final class ProblemsException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final ImmutableList<Problem> problems;
    private final long omitted;

    ProblemsException(JsonParser p, List<Problem> problems, long omitted) {
        super(p, problems.stream().map(Problem::toString).collect(Collectors.joining("; ")),
                p == null ? null : p.currentTokenLocation());
        this.problems = ImmutableList.copyOf(problems);
        this.omitted = omitted;
    }

    /** {@return the problems, located relative to the point of the throw} */
    ImmutableList<Problem> problems() {
        return problems;
    }

    /** {@return how many more problems were found and not kept} */
    long omitted() {
        return omitted;
    }
}

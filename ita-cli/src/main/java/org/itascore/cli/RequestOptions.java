package org.itascore.cli;
import java.util.Map;
import java.util.Optional;
import org.itascore.Location;
import org.itascore.Problem;

/**
 * The command line's names for the fields of the core's requests: where a request locates a problem at its field
 * {@code passRate}, the command line says {@code --pass-rate}. The one table of it, so that a front end adds
 * vocabulary, never a rule.
 */
final class RequestOptions {

    /** Each request field and the option that gives it. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("office", "--office"),
            Map.entry("fiscalYear", "--fiscal-year"),
            Map.entry("edition", "--edition"),
            Map.entry("staff", "--staff"),
            Map.entry("stakeholders", "--stakeholders"),
            Map.entry("scale", "--scale"),
            Map.entry("catalogue", "--catalogue"),
            Map.entry("passRate", "--pass-rate"),
            Map.entry("planTo", "--plan-to"),
            Map.entry("target", "--target"),
            Map.entry("iit", "--iit"),
            Map.entry("eit", "--eit"),
            Map.entry("oit", "--oit"),
            Map.entry("map", "--map"),
            Map.entry("nationalAverage", "--national-average"),
            Map.entry("nationalOffices", "--national-offices"),
            Map.entry("date", "--date"));

    private RequestOptions() {
    }

    /**
     * {@return the option a problem is about, when it is located at a request field the command line gives by an
     * option}
     *
     * @param problem a problem of a request
     */
    static Optional<String> of(Problem problem) {
        if (problem.location().segments().isEmpty()
                || !(problem.location().segments().get(0) instanceof Location.Property field)) {
            return Optional.empty();
        }
        return Optional.ofNullable(OPTIONS.get(field.name()));
    }
}

package org.itascore;
import static java.util.Objects.requireNonNull;



/**
 * One thing wrong with an input: what sort of problem, where it is, what value was found, and which rule
 * it breaks.
 *
 * <p>The location is structured ({@link Location}) and relative to the input or the request being read; each
 * front end says it in its own words (a JSON Pointer in ita-json, an option on the command line, a field over
 * HTTP, a row and a column in a sheet). The rule is a {@link Message}: a stable {@linkplain #code() code} a
 * caller may branch on, and the words of the library's catalogue in Thai or English, never a Java class name.
 * A value longer than {@value #VALUE_SHOWN} characters is kept as its first {@value #VALUE_SHOWN} and an ellipsis
 * (…), so that no problem repeats a huge input back to its sender. Immutable, thread-safe and serializable.
 *
 * @param kind what sort of problem it is
 * @param location where the value is, relative to the input being read
 * @param value the offending value as given, or {@code null} when the value is missing
 * @param message the rule the value breaks, for example {@code Message.of("score.range")}
 * @serial exclude
 */
public record Problem(ProblemKind kind, Location location, String value, Message message) implements java.io.Serializable {

    /** The characters (code points) of a value a problem keeps; a longer value is cut there and marked with … */
    public static final int VALUE_SHOWN = 200;

    /**
     * Creates a problem.
     *
     * @param kind what sort of problem it is
     * @param location where the value is, relative to the input being read
     * @param value the offending value as given, or {@code null} when the value is missing; beyond
     *     {@value #VALUE_SHOWN} characters, its first {@value #VALUE_SHOWN} and …
     * @param message the rule the value breaks
     * @throws NullPointerException if {@code kind}, {@code location} or {@code message} is null
     */
    public Problem {
        requireNonNull(kind, "kind");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
        if (value != null && value.length() > VALUE_SHOWN && value.codePointCount(0, value.length()) > VALUE_SHOWN) {
            value = value.substring(0, value.offsetByCodePoints(0, VALUE_SHOWN)) + "…";
        }
    }

    /**
     * Creates a problem of the usual kind: {@link ProblemKind#MISSING} when there is no value,
     * {@link ProblemKind#INVALID} otherwise.
     *
     * @param location where the value is
     * @param value the offending value as given, or {@code null} when the value is missing
     * @param message the rule the value breaks
     */
    public Problem(Location location, String value, Message message) {
        this(value == null ? ProblemKind.MISSING : ProblemKind.INVALID, location, value, message);
    }

    /** {@return the rule's code, stable across versions: {@code "score.range"}} */
    public String code() {
        return message.code();
    }

    /** {@return the rule in English: {@code "a score lies between 0 and 100"}} */
    public String rule() {
        return message.text(Language.ENGLISH);
    }

    /**
     * {@return the rule in a language}
     *
     * @param language the reader's language
     */
    public String rule(Language language) {
        return message.text(language);
    }

    /**
     * {@return the same problem, located under a parent location}
     *
     * @param parent where the value this problem's location is relative to stands
     */
    public Problem under(Location parent) {
        return new Problem(kind, location.under(parent), value, message);
    }

    /**
     * {@return the same problem, located elsewhere}
     *
     * @param other the new location
     */
    public Problem at(Location other) {
        return new Problem(kind, other, value, message);
    }

    /**
     * Returns the description in English without the location: {@code "105": a score lies between 0 and 100};
     * for a {@link ProblemKind#MISSING missing} value {@code missing: rule}; for a problem of no single value (a
     * malformed document, a limit) the rule alone.
     *
     * @return the description
     */
    public String describe() {
        return describe(Language.ENGLISH);
    }

    /**
     * Returns the description in a language, without the location: {@code "105": คะแนนต้องอยู่ระหว่าง 0 ถึง 100}.
     *
     * @param language the reader's language
     * @return the description
     */
    public String describe(Language language) {
        String rule = message.text(language);
        if (value != null) {
            return "\"" + value + "\": " + rule;
        }
        return kind == ProblemKind.MISSING ? Message.of("problem.missing", rule).text(language) : rule;
    }

    /**
     * Returns the one-line description in English: {@code /indicators/7: "105": a score lies between 0 and 100};
     * the location is left out when it is the root.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return location.isRoot() ? describe() : location + ": " + describe();
    }
}

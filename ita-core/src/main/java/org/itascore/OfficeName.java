package org.itascore;
import static java.util.Objects.requireNonNull;

/**
 * The name of an office as it is written (สพม.ขอนแก่น, โรงเรียนบ้านหนองแวง): the one rule for an office's name,
 * that it has a letter or a digit ({@link Names#isBlank}), so that spaces and invisible characters alone (a
 * zero-width space, a byte-order mark) never name an office. The name is kept exactly as given; two names are
 * the same office only when their texts are equal.
 *
 * <p>Problems are located at {@code office} with the code {@code office.blank}. Immutable and thread-safe.
 */
public final class OfficeName implements Comparable<OfficeName> {

    /** Where an office name's problems are located: the request's field {@code office}. */
    public static final Location FIELD = Location.of("office");

    private final String name;

    private OfficeName(String name) {
        this.name = name;
    }

    /**
     * Returns the name.
     *
     * @param name the name as written
     * @return the office name
     * @throws NullPointerException if the name is null
     * @throws InvalidInputException if the name has no letter or digit ({@code office.blank}, at {@code office})
     */
    public static OfficeName of(String name) {
        requireNonNull(name, "name");
        check(name, FIELD);
        return new OfficeName(name);
    }

    /**
     * Checks a name given at another place than a request's {@code office} field (a column of a sheet, a field
     * of a document).
     *
     * @param name the name as written, or {@code null} when none was given
     * @param at where the name stands
     * @return the name
     * @throws InvalidInputException if the name is missing or has no letter or digit ({@code office.blank})
     */
    public static String check(String name, Location at) {
        requireNonNull(at, "at");
        if (name == null || Names.isBlank(name)) {
            throw InvalidInputException.of(at, name, Message.of("office.blank"));
        }
        return name;
    }

    /** {@return the name as written} */
    public String text() {
        return name;
    }

    @Override
    public int compareTo(OfficeName other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OfficeName other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** {@return the name as written} */
    @Override
    public String toString() {
        return name;
    }
}

package org.itascore.raw;
import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;

/**
 * The sizes of the populations surveyed, when known, for the minimum-respondent rules.
 *
 * @param staff the office's staff, the IIT population
 * @param stakeholders the office's service users and stakeholders, the EIT population
 */
public record Populations(OptionalLong staff, OptionalLong stakeholders) {

    /** Neither population known: the rules' minimums apply. */
    public static final Populations UNKNOWN = new Populations(OptionalLong.empty(), OptionalLong.empty());

    /**
     * Creates the populations.
     *
     * @param staff the office's staff, the IIT population
     * @param stakeholders the office's service users and stakeholders, the EIT population
     * @throws NullPointerException if either is null
     * @throws InvalidInputException if either is negative
     */
    public Populations {
        requireNonNull(staff, "staff");
        requireNonNull(stakeholders, "stakeholders");
        if (staff.orElse(0) < 0 || stakeholders.orElse(0) < 0) {
            throw InvalidInputException.of(Location.ROOT, staff + " and " + stakeholders, org.itascore.Message.of("population.negative"));
        }
    }

    /**
     * Reads the populations as a user writes them, each a whole number, zero or more, with ASCII or Thai digits;
     * either may be left out. Every problem is reported, at the request's field {@code staff} or
     * {@code stakeholders}, with the text as given.
     *
     * @param staff the office's staff as written, or {@code null} when not given
     * @param stakeholders the office's service users and stakeholders as written, or {@code null} when not given
     * @return the populations; {@link #UNKNOWN} when neither is given
     * @throws InvalidInputException if a text is not a whole number ({@code population.format}) or is negative
     *     ({@code population.negative})
     */
    public static Populations parse(String staff, String stakeholders) {
        java.util.List<org.itascore.Problem> problems = new java.util.ArrayList<>();
        OptionalLong a = count(staff, "staff", problems);
        OptionalLong b = count(stakeholders, "stakeholders", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return a.isEmpty() && b.isEmpty() ? UNKNOWN : new Populations(a, b);
    }

    private static OptionalLong count(String text, String field, java.util.List<org.itascore.Problem> problems) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String ascii = org.itascore.Decimals.toAscii(text.strip());
        boolean negative = ascii.startsWith("-");
        String digits = negative || ascii.startsWith("+") ? ascii.substring(1) : ascii;
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Long.parseLong(digits);
            if (!negative || n == 0) {
                return OptionalLong.of(n);
            }
            problems.add(new org.itascore.Problem(Location.of(field), text, org.itascore.Message.of("population.negative")));
        } else {
            problems.add(new org.itascore.Problem(Location.of(field), text, org.itascore.Message.of("population.format")));
        }
        return OptionalLong.empty();
    }

    /**
     * {@return the populations}
     *
     * @param staff the office's staff
     * @param stakeholders the office's service users and stakeholders
     */
    public static Populations of(long staff, long stakeholders) {
        return new Populations(OptionalLong.of(staff), OptionalLong.of(stakeholders));
    }

    /**
     * {@return the population an instrument surveys, if known}
     *
     * @param instrument IIT or EIT
     */
    public OptionalLong of(Instrument instrument) {
        return switch (instrument) {
            case IIT -> staff;
            case EIT -> stakeholders;
            case OIT -> OptionalLong.empty();
        };
    }
}

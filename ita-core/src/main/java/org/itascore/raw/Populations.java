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

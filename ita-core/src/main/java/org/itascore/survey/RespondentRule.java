package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * How many respondents an instrument needs: a share of the population, at least a minimum and at most a
 * maximum, and all of the population when it is smaller than the minimum. Too few respondents is reported
 * as a finding on the assessment, never silently accepted and never an exception.
 *
 * <p>Programmes differ: OBEC's school ITA Online (2020) asked for at least 25 staff for IIT (all staff if
 * fewer); a vocational programme (2021) asked for 10% of staff but at least 30 (all if fewer), and for EIT
 * the same with at most 400.
 *
 * @param share the share of the population required, if the rule has one (0.1 for 10%)
 * @param minimum the minimum number of respondents
 * @param maximum the maximum the rule ever requires, if any
 */
public record RespondentRule(Optional<BigDecimal> share, long minimum, OptionalLong maximum) {

    /**
     * Creates a rule.
     *
     * @param share the share of the population required, if the rule has one (0.1 for 10%)
     * @param minimum the minimum number of respondents
     * @param maximum the maximum the rule ever requires, if any
     * @throws InvalidInputException if the share is not in (0, 1], the minimum is negative, or the
     *     maximum is below the minimum
     */
    public RespondentRule {
        requireNonNull(share, "share");
        requireNonNull(maximum, "maximum");
        share.ifPresent(s -> {
            if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                throw InvalidInputException.of(Location.of("share"), s.toPlainString(), Message.of("respondents.share"));
            }
        });
        if (minimum < 0 || maximum.isPresent() && maximum.getAsLong() < minimum) {
            throw InvalidInputException.of(Location.of("maximum"), minimum + " and " + maximum, Message.of("respondents.bounds"));
        }
    }

    /**
     * {@return a rule of a fixed minimum (all of the population when it is smaller)}
     *
     * @param minimum the minimum number of respondents
     */
    public static RespondentRule atLeast(long minimum) {
        return new RespondentRule(Optional.empty(), minimum, OptionalLong.empty());
    }

    /**
     * {@return a rule of a share with bounds}
     *
     * @param share the share of the population, for example 0.1
     * @param minimum the minimum
     * @param maximum the maximum
     */
    public static RespondentRule shareOf(BigDecimal share, long minimum, long maximum) {
        return new RespondentRule(Optional.of(share), minimum, OptionalLong.of(maximum));
    }

    /**
     * Returns how many respondents are required.
     *
     * @param population the population surveyed (staff for IIT, stakeholders for EIT), if known
     * @return the required number: with a known population, the share of it rounded up, within the bounds,
     *     and never more than the population; without, the minimum
     */
    public long required(OptionalLong population) {
        if (population.isEmpty()) {
            return minimum;
        }
        long n = population.getAsLong();
        long wanted = share.map(s -> s.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact())
                .orElse(minimum);
        wanted = Math.max(wanted, minimum);
        if (maximum.isPresent()) {
            wanted = Math.min(wanted, maximum.getAsLong());
        }
        return Math.min(wanted, n);
    }

    /** {@return the rule in words, for example {@code 0.1 of the population, at least 30, at most 400}} */
    @Override
    public String toString() {
        return share.map(s -> s.toPlainString() + " of the population, ").orElse("") + "at least " + minimum
                + (maximum.isPresent() ? ", at most " + maximum.getAsLong() : "") + " (all when fewer)";
    }
}

package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.Rational;
import org.itascore.Weight;

/**
 * The weighting part of an edition: the instruments used and how much each weighs, the indicators each measures
 * and their weights inside it. Valid by construction: at least one instrument, instrument weights sum to exactly
 * one, each instrument measures at least one indicator whose weights sum to exactly one, and no indicator is in
 * two instruments. Problems are located under {@code instruments}.
 *
 * <pre>{@code
 * Weighting w = Weighting.of(Map.of(Instrument.IIT, Weight.ONE), Map.of(Instrument.IIT, Map.of(Indicator.I1, Weight.ONE)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the weights are.
 */
public final class Weighting {

    private final ImmutableMap<Instrument, Weight> instrumentWeights;
    private final ImmutableMap<Indicator, Weight> indicatorWeights;
    private final ImmutableMap<Indicator, Instrument> instrumentOf;
    /** The indicators by number, and each instrument's: asked for on every assessment, so made once. */
    private final ImmutableList<Indicator> indicatorsInOrder;
    private final ImmutableMap<Instrument, ImmutableList<Indicator>> indicatorsOf;
    private final ImmutableMap<Indicator, Rational> effectiveWeights;

    private Weighting(Map<Instrument, Weight> instruments, Map<Instrument, ? extends Map<Indicator, Weight>> members) {
        this.instrumentWeights = ImmutableMap.copyOf(instruments);
        Map<Indicator, Weight> indicators = new EnumMap<>(Indicator.class);
        Map<Indicator, Instrument> owners = new EnumMap<>(Indicator.class);
        Map<Indicator, Rational> effective = new EnumMap<>(Indicator.class);
        members.forEach((instrument, weights) -> weights.forEach((indicator, weight) -> {
            indicators.put(indicator, weight);
            owners.put(indicator, instrument);
            effective.put(indicator, instruments.get(instrument).exact().times(weight.exact()));
        }));
        this.indicatorWeights = ImmutableMap.copyOf(indicators);
        this.instrumentOf = ImmutableMap.copyOf(owners);
        this.indicatorsInOrder = ImmutableList.sortedCopyOf(Comparator.comparingInt(Indicator::number), instrumentOf.keySet());
        Map<Instrument, ImmutableList<Indicator>> byInstrument = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            byInstrument.put(instrument, indicatorsInOrder.stream().filter(i -> instrumentOf.get(i) == instrument)
                    .collect(ImmutableList.toImmutableList()));
        }
        this.indicatorsOf = ImmutableMap.copyOf(byInstrument);
        this.effectiveWeights = ImmutableMap.copyOf(effective);
    }

    /**
     * Returns a weighting.
     *
     * @param instruments each instrument's weight, in the order declared
     * @param members each instrument's indicators and their weights inside it
     * @return the weighting
     * @throws InvalidInputException listing every problem: no instrument ({@code edition.noInstruments}), weights
     *     that do not sum to one, an instrument without indicators, an indicator in two instruments
     */
    public static Weighting of(Map<Instrument, Weight> instruments, Map<Instrument, ? extends Map<Indicator, Weight>> members) {
        requireNonNull(instruments, "instruments");
        requireNonNull(members, "members");
        List<Problem> found = problems(instruments, members);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        Map<Instrument, Map<Indicator, Weight>> ordered = new LinkedHashMap<>();
        instruments.keySet().forEach(i -> {
            Map<Indicator, Weight> given = members.get(i);
            ordered.put(i, given == null ? new LinkedHashMap<>() : new LinkedHashMap<>(given));
        });
        return new Weighting(instruments, ordered);
    }

    private static List<Problem> problems(Map<Instrument, Weight> instruments, Map<Instrument, ? extends Map<Indicator, Weight>> members) {
        List<Problem> found = new ArrayList<>();
        if (instruments.isEmpty()) {
            found.add(new Problem(Location.of("instruments"), null, Message.of("edition.noInstruments")));
        }
        Rational total = instruments.values().stream().map(Weight::exact).reduce(Rational.ZERO, Rational::plus);
        if (!instruments.isEmpty() && !total.equals(Rational.ONE)) {
            found.add(new Problem(Location.of("instruments"), describe(instruments), Message.of("edition.instrumentWeights", show(total))));
        }
        Map<Indicator, Instrument> owner = new EnumMap<>(Indicator.class);
        instruments.keySet().forEach(instrument -> {
            Map<Indicator, Weight> given = members.get(instrument);
            Map<Indicator, Weight> indicators = given == null ? Map.of() : given;
            Location field = Location.of("instruments", instrument.name());
            if (indicators.isEmpty()) {
                found.add(new Problem(field, "[]", Message.of("edition.noIndicators")));
                return;
            }
            Rational sum = indicators.values().stream().map(Weight::exact).reduce(Rational.ZERO, Rational::plus);
            if (!sum.equals(Rational.ONE)) {
                found.add(new Problem(field, describe(indicators), Message.of("edition.indicatorWeights", show(sum))));
            }
            indicators.keySet().forEach(indicator -> {
                Instrument previous = owner.putIfAbsent(indicator, instrument);
                if (previous != null) {
                    found.add(new Problem(field, indicator.toString(), Message.of("edition.indicatorOwner", previous)));
                }
            });
        });
        return found;
    }

    /** {@return which instrument each indicator is in, the first declared when one is in two: for checks made beside} */
    static Map<Indicator, Instrument> owners(Map<Instrument, ? extends Map<Indicator, Weight>> members) {
        Map<Indicator, Instrument> owner = new EnumMap<>(Indicator.class);
        members.forEach((instrument, indicators) -> indicators.keySet().forEach(i -> owner.putIfAbsent(i, instrument)));
        return owner;
    }

    private static String describe(Map<?, Weight> weights) {
        StringBuilder out = new StringBuilder();
        weights.forEach((k, w) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(w));
        return out.toString();
    }

    private static String show(Rational value) {
        var exact = value.exactDecimalOrNull();
        return exact == null ? value.toString() : exact.toPlainString();
    }

    /** {@return each instrument's weight, in the order declared} */
    public ImmutableMap<Instrument, Weight> instrumentWeights() {
        return instrumentWeights;
    }

    /** {@return the instruments, in the order declared} */
    public ImmutableList<Instrument> instruments() {
        return instrumentWeights.keySet().asList();
    }

    /** {@return the indicators, by number} */
    public ImmutableList<Indicator> indicators() {
        return indicatorsInOrder;
    }

    /**
     * {@return an instrument's indicators, by number; empty for an instrument not used}
     *
     * @param instrument the instrument
     */
    public ImmutableList<Indicator> indicators(Instrument instrument) {
        return indicatorsOf.get(requireNonNull(instrument, "instrument"));
    }

    /**
     * {@return whether an indicator is measured}
     *
     * @param indicator the indicator
     */
    public boolean uses(Indicator indicator) {
        return instrumentOf.containsKey(requireNonNull(indicator, "indicator"));
    }

    /** {@return which instrument each indicator is in} */
    ImmutableMap<Indicator, Instrument> instrumentOf() {
        return instrumentOf;
    }

    /** {@return each indicator's weight inside its instrument} */
    ImmutableMap<Indicator, Weight> indicatorWeights() {
        return indicatorWeights;
    }

    /** {@return each indicator's weight in the total: its instrument's weight times its own} */
    ImmutableMap<Indicator, Rational> effectiveWeights() {
        return effectiveWeights;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Weighting other && instrumentWeights.equals(other.instrumentWeights)
                && instrumentOf.equals(other.instrumentOf) && indicatorWeights.equals(other.indicatorWeights);
    }

    @Override
    public int hashCode() {
        return instrumentOf.hashCode();
    }

    @Override
    public String toString() {
        return "Weighting" + instrumentWeights;
    }
}

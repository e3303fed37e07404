package org.itascore.edition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.Score;

/**
 * A set of {@link GradeBand}s that partitions [0, 100]: every two-decimal score falls in exactly one band.
 *
 * <p>A scale with a gap, an overlap or a repeated grade is refused when it is built, never discovered
 * when a score falls through. Immutable and thread-safe.
 */
public final class GradeScale {

    /** The standard ITA scale: AA 95-100, A 85-94.99, B 75-84.99, C 65-74.99, D 55-64.99, E 50-54.99, F 0-49.99. */
    public static final GradeScale STANDARD = of(List.of(
            GradeBand.of(Grade.F, 0, 50),
            GradeBand.of(Grade.E, 50, 55),
            GradeBand.of(Grade.D, 55, 65),
            GradeBand.of(Grade.C, 65, 75),
            GradeBand.of(Grade.B, 75, 85),
            GradeBand.of(Grade.A, 85, 95),
            GradeBand.of(Grade.AA, 95, 100)));

    /** The bands from the lowest to the highest. */
    private final ImmutableList<GradeBand> bands;

    private GradeScale(ImmutableList<GradeBand> bands) {
        this.bands = bands;
    }

    /**
     * Returns the scale of these bands, in any order.
     *
     * @param bands the bands
     * @return the scale
     * @throws InvalidInputException if the bands leave a gap, overlap, do not start at 0 or end at 100, or
     *     repeat a grade; every problem is listed
     */
    public static GradeScale of(List<GradeBand> bands) {
        requireNonNull(bands, "bands");
        List<GradeBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(GradeBand::lower));
        List<Problem> problems = new ArrayList<>();
        if (sorted.isEmpty()) {
            throw InvalidInputException.of(Location.of("grades"), "[]", Message.of("bands.empty"));
        }
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        for (int i = 0; i < bands.size(); i++) {
            // each repeat at its own place in the list as given, one line each
            if (!seen.add(bands.get(i).grade())) {
                problems.add(new Problem(Location.of("grades").index(i), bands.get(i).grade().name(), Message.of("bands.gradeTwice")));
            }
        }
        if (!sorted.get(0).lower().equals(Score.ZERO)) {
            problems.add(new Problem(Location.of("grades"), sorted.get(0).toString(),
                    Message.of("bands.bottom", sorted.get(0).lower())));
        }
        for (int i = 1; i < sorted.size(); i++) {
            GradeBand below = sorted.get(i - 1);
            GradeBand above = sorted.get(i);
            int cmp = below.upper().compareTo(above.lower());
            if (cmp < 0) {
                problems.add(new Problem(Location.of("grades"), below + " and " + above,
                        Message.of("bands.gap", below.upper(), above.lower())));
            } else if (cmp > 0) {
                problems.add(new Problem(Location.of("grades"), below + " and " + above,
                        Message.of("bands.overlap", above.lower(), below.upper())));
            }
        }
        GradeBand top = sorted.get(sorted.size() - 1);
        if (!top.upper().equals(Score.HUNDRED)) {
            problems.add(new Problem(Location.of("grades"), top.toString(),
                    Message.of("bands.top", top.upper())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new GradeScale(ImmutableList.copyOf(sorted));
    }

    /** {@return the bands from the lowest to the highest} */
    public ImmutableList<GradeBand> bands() {
        return bands;
    }

    /**
     * Returns the grade of a score, compared after {@linkplain Score#official() rounding} to two decimals.
     *
     * @param score the score
     * @return its grade; 84.994 is B and 84.995 is A on the standard scale
     */
    public Grade grade(Score score) {
        return band(score).grade();
    }

    /**
     * Returns the band that contains a score.
     *
     * @param score the score
     * @return its band
     */
    public GradeBand band(Score score) {
        java.math.BigDecimal rounded = score.officialDecimal();
        for (int i = bands.size() - 1; i > 0; i--) {
            if (rounded.compareTo(bands.get(i).lower().officialDecimal()) >= 0) {
                return bands.get(i);
            }
        }
        return bands.get(0);
    }

    /**
     * {@return its band, if the scale has one}
     *
     * @param grade a grade
     */
    public Optional<GradeBand> band(Grade grade) {
        return bands.stream().filter(b -> b.grade() == grade).findFirst();
    }

    /**
     * Returns the scale with an edge at a score: the band the score lies in is cut there and its upper part
     * joins the band above. With the standard bands, an edge at 80 gives A 80.00-94.99 and B 75.00-79.99.
     *
     * @param edge the new edge, with at most two decimals
     * @return the scale; this scale when a band already starts at the edge; empty when the edge lies in the
     *     highest band, which has no band above it
     */
    public Optional<GradeScale> withEdgeAt(Score edge) {
        requireNonNull(edge, "edge");
        GradeBand containing = band(edge);
        if (containing.lower().equals(edge)) {
            return Optional.of(this);
        }
        int at = bands.indexOf(containing);
        if (at == bands.size() - 1) {
            return Optional.empty();
        }
        GradeBand above = bands.get(at + 1);
        List<GradeBand> moved = new ArrayList<>(bands);
        moved.set(at, GradeBand.of(containing.grade(), containing.lower(), edge));
        moved.set(at + 1, GradeBand.of(above.grade(), edge, above.upper()));
        return Optional.of(of(moved));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GradeScale other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /** {@return the bands, for example {@code "[F [0.00, 50.00), ..., AA [95.00, 100.00]]"}} */
    @Override
    public String toString() {
        return bands.toString();
    }
}

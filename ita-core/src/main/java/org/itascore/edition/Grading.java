package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Score;

/**
 * The grading part of an edition: the grade bands, the pass mark, and the verdicts where the edition gives them.
 * Valid by construction: the pass mark is where a band starts, so that a score passes exactly when its grade
 * passes; with a moving band ({@link #ofMovingBand}) the band above the pass mark is first moved down to start at
 * it. Problems are located at {@code passMark}.
 *
 * <pre>{@code
 * Grading standard = Grading.of(GradeScale.STANDARD, Score.of(85), Optional.empty());
 * standard.grade(Score.parse("84.99"));   // B
 * standard.passes(Grade.A);               // true
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the bands, the pass mark and the verdicts are.
 */
public final class Grading {

    /** The grading of the OBEC and NACC editions: the AA-F bands and a pass mark of 85, no verdicts. */
    public static final Grading STANDARD = new Grading(GradeScale.STANDARD, Score.of(85), Optional.empty());

    private final GradeScale gradeScale;
    private final Score passMark;
    private final Optional<VerdictScheme> verdictScheme;

    private Grading(GradeScale gradeScale, Score passMark, Optional<VerdictScheme> verdictScheme) {
        this.gradeScale = gradeScale;
        this.passMark = passMark;
        this.verdictScheme = verdictScheme;
    }

    /**
     * Returns a grading whose pass mark is where a band starts.
     *
     * @param bands the grade bands
     * @param passMark the pass mark
     * @param verdicts the verdict scheme, if the edition gives verdicts
     * @return the grading
     * @throws InvalidInputException if the pass mark is not where a band starts ({@code edition.passMarkEdge})
     */
    public static Grading of(GradeScale bands, Score passMark, Optional<VerdictScheme> verdicts) {
        requireNonNull(bands, "bands");
        requireNonNull(passMark, "passMark");
        requireNonNull(verdicts, "verdicts");
        if (bands.bands().stream().noneMatch(b -> b.lower().equals(passMark))) {
            throw InvalidInputException.of(Location.of("passMark"), passMark.toString(), Message.of("edition.passMarkEdge",
                    bands.bands().stream().map(b -> b.lower().toString()).collect(Collectors.joining(", ")), passMark));
        }
        return new Grading(bands, passMark, verdicts);
    }

    /**
     * Returns a grading whose pass mark moves the band above it down to start at it: a pass mark of 80 under the
     * standard bands makes A start at 80.
     *
     * @param bands the grade bands before the move
     * @param passMark the pass mark
     * @param verdicts the verdict scheme, if the edition gives verdicts
     * @return the grading
     * @throws InvalidInputException if the pass mark lies in the highest band, which has no band above it to move
     *     ({@code edition.passMarkTopBand})
     */
    public static Grading ofMovingBand(GradeScale bands, Score passMark, Optional<VerdictScheme> verdicts) {
        requireNonNull(bands, "bands");
        requireNonNull(passMark, "passMark");
        GradeScale moved = bands.withEdgeAt(passMark).orElseThrow(() -> InvalidInputException.of(Location.of("passMark"),
                passMark.toString(), Message.of("edition.passMarkTopBand", bands.band(passMark))));
        return of(moved, passMark, verdicts);
    }

    /** {@return the grade bands} */
    public GradeScale gradeScale() {
        return gradeScale;
    }

    /**
     * {@return the grade of a score, by its two-decimal official value}
     *
     * @param score the score
     */
    public Grade grade(Score score) {
        return gradeScale.grade(score);
    }

    /** {@return the pass mark} */
    public Score passMark() {
        return passMark;
    }

    /** {@return the grades at or above the pass mark, best first} */
    public ImmutableList<Grade> passingGrades() {
        return gradeScale.bands().reverse().stream().filter(b -> b.lower().compareTo(passMark) >= 0)
                .map(GradeBand::grade).collect(ImmutableList.toImmutableList());
    }

    /**
     * {@return whether a grade passes: its band starts at or above the pass mark}
     *
     * @param grade the grade
     */
    public boolean passes(Grade grade) {
        return gradeScale.band(grade).map(b -> b.lower().compareTo(passMark) >= 0).orElse(false);
    }

    /**
     * {@return whether a score passes: its two-decimal official value is at or above the pass mark}
     *
     * @param score the score
     */
    public boolean passes(Score score) {
        return score.officialDecimal().compareTo(passMark.officialDecimal()) >= 0;
    }

    /** {@return the verdict scheme, if the edition gives verdicts} */
    public Optional<VerdictScheme> verdictScheme() {
        return verdictScheme;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Grading other && gradeScale.equals(other.gradeScale) && passMark.equals(other.passMark)
                && verdictScheme.equals(other.verdictScheme);
    }

    @Override
    public int hashCode() {
        return gradeScale.hashCode() * 31 + passMark.hashCode();
    }

    @Override
    public String toString() {
        return "Grading[pass mark " + passMark + ", " + gradeScale + verdictScheme.map(v -> ", verdicts").orElse("") + "]";
    }
}

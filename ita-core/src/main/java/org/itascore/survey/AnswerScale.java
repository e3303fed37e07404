package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;

/**
 * The points of the levels of a scale: four levels ({@link QuestionKind#FOUR_LEVEL}) or six
 * ({@link QuestionKind#SIX_LEVEL}). The official values are not published and public implementations
 * differ, so the scale is data: an edition names one and a caller may override it. An edition's scale has
 * as many levels as its questionnaire's scale questions.
 *
 * <p>Yes/no questions are not scored by the scale: yes scores 100 and no 0, or the reverse for a
 * {@linkplain Question#reversed() reversed} question.
 *
 * <p>Immutable and thread-safe; equal when the name and points are equal.
 *
 * @param name the scale's name, for example {@code "exact-thirds"}
 * @param points the points of levels 1 to 4 (or 1 to 6), non-decreasing, each in [0, 100]
 */
public record AnswerScale(String name, ImmutableList<Rational> points) {

    /** Exact thirds: 0, 100/3, 200/3, 100. The default. */
    public static final AnswerScale EXACT_THIRDS = of("exact-thirds",
            List.of(Rational.ZERO, Rational.of(100, 3), Rational.of(200, 3), Rational.HUNDRED));
    /** Rounded thirds, as some public implementations score: 0, 33, 67, 100. */
    public static final AnswerScale ROUNDED_THIRDS = of("rounded-thirds",
            List.of(Rational.ZERO, Rational.of(33), Rational.of(67), Rational.HUNDRED));
    /** Levels 1 to 4 scored as level / 4 x 100: 25, 50, 75, 100. */
    public static final AnswerScale QUARTERS = of("quarters",
            List.of(Rational.of(25), Rational.of(50), Rational.of(75), Rational.HUNDRED));
    /**
     * The six-level scale, its points assumed linear from 0 to 100: 0, 20, 40, 60, 80, 100. The system that
     * uses six levels sets points per choice and does not publish them: an assumption, marked as such.
     */
    public static final AnswerScale SIX_LEVEL_LINEAR = of("six-level-linear",
            List.of(Rational.ZERO, Rational.of(20), Rational.of(40), Rational.of(60), Rational.of(80), Rational.HUNDRED));

    private static final List<AnswerScale> BUILT_IN = List.of(EXACT_THIRDS, ROUNDED_THIRDS, QUARTERS, SIX_LEVEL_LINEAR);

    /**
     * Creates a scale.
     *
     * @param name the scale's name, for example {@code "exact-thirds"}
     * @param points the points of levels 1 to 4 (or 1 to 6), non-decreasing, each in [0, 100]
     * @throws InvalidInputException if there are not four or six points, or they are outside [0, 100] or decrease
     */
    public AnswerScale {
        requireNonNull(name, "name");
        requireNonNull(points, "points");
        if (points.size() != QuestionKind.FOUR_LEVEL.options() && points.size() != QuestionKind.SIX_LEVEL.options()) {
            throw InvalidInputException.of(Location.of("answerScale", name), points.toString(),
                    Message.of("scale.points"));
        }
        for (int i = 0; i < points.size(); i++) {
            Rational p = points.get(i);
            if (p.signum() < 0 || p.compareTo(Rational.HUNDRED) > 0 || i > 0 && p.compareTo(points.get(i - 1)) < 0) {
                throw InvalidInputException.of(Location.of("answerScale", name), points.toString(),
                        Message.of("scale.order"));
            }
        }
    }

    /** {@return the kind of question the scale scores: four-level or six-level} */
    public QuestionKind kind() {
        return points.size() == QuestionKind.SIX_LEVEL.options() ? QuestionKind.SIX_LEVEL : QuestionKind.FOUR_LEVEL;
    }

    /**
     * Returns a scale.
     *
     * @param name the name
     * @param points the points of levels 1 to 4, or 1 to 6
     * @return the scale
     * @throws InvalidInputException if the points are not a valid scale
     */
    public static AnswerScale of(String name, List<Rational> points) {
        return new AnswerScale(name, ImmutableList.copyOf(points));
    }

    /**
     * Returns a built-in scale by name.
     *
     * @param name {@code exact-thirds}, {@code rounded-thirds}, {@code quarters} or {@code six-level-linear}
     * @return the scale
     * @throws InvalidInputException if no built-in scale has that name
     */
    public static AnswerScale named(String name) {
        for (AnswerScale scale : BUILT_IN) {
            if (scale.name.equals(name)) {
                return scale;
            }
        }
        throw InvalidInputException.of(Location.of("answerScale"), name,
                Message.of("scale.unknown"));
    }

    /**
     * {@return a common denominator of the points (the least common multiple of their denominators), so
     * that a sum of points is added in whole numbers and reduced once}
     */
    public java.math.BigInteger commonDenominator() {
        java.math.BigInteger lcm = java.math.BigInteger.ONE;
        for (Rational p : points) {
            lcm = lcm.divide(lcm.gcd(p.denominator())).multiply(p.denominator());
        }
        return lcm;
    }

    /**
     * Returns the points an answer earns on a question.
     *
     * @param question the question
     * @param option the answer's option ({@link Answer#option()}) for the question's kind
     * @return the points, mirrored for a reversed question
     * @throws IllegalArgumentException if the question is on a scale of another number of levels
     */
    public Rational points(Question question, int option) {
        if (question.kind() == QuestionKind.YES_NO) {
            boolean yes = option == 0;
            return yes != question.reversed() ? Rational.HUNDRED : Rational.ZERO;
        }
        if (question.kind() != kind()) {
            throw new IllegalArgumentException("question " + question.id() + " is " + question.kind() + "; scale " + name
                    + " has " + points.size() + " levels");
        }
        return points.get(question.reversed() ? points.size() - 1 - option : option);
    }

    /** {@return the scale's name and points, for example {@code exact-thirds (0, 100/3, 200/3, 100)}} */
    @Override
    public String toString() {
        return name + " " + points.stream().map(org.itascore.Rational::toString)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}

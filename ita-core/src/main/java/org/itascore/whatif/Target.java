package org.itascore.whatif;

import static java.util.Objects.requireNonNull;

import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;

/**
 * What an office wants to reach: the pass mark, a grade, a verdict, or a total score.
 *
 * <p>A target is reached when the re-scored assessment meets it under the edition's rules: the pass mark
 * and a score compare with the two-decimal total, a grade is reached at that grade or better, a verdict at
 * that verdict or better (verdicts are listed from the best).
 */
public sealed interface Target {

    /**
     * {@return whether an assessment meets the target}
     *
     * @param assessment the assessment
     */
    boolean isReachedBy(Assessment assessment);

    /** {@return the target as {@link #parse} reads it: {@code pass}, {@code AA}, {@code GOOD_PASS}, {@code 90.00}} */
    String describe();

    /** The pass mark of the edition. */
    record PassMark() implements Target {
        @Override
        public boolean isReachedBy(Assessment assessment) {
            return assessment.passed();
        }

        @Override
        public String describe() {
            return "pass";
        }
    }

    /**
     * A grade or better.
     *
     * @param grade the grade
     */
    record AtLeastGrade(Grade grade) implements Target {
        /**
         * Creates the target.
         *
         * @param grade the grade
         * @throws NullPointerException if the grade is null
         */
        public AtLeastGrade {
            requireNonNull(grade, "grade");
        }

        @Override
        public boolean isReachedBy(Assessment assessment) {
            return assessment.grade().compareTo(grade) <= 0;
        }

        @Override
        public String describe() {
            return grade.name();
        }
    }

    /**
     * A verdict or better, for editions that give verdicts.
     *
     * @param verdict the verdict
     */
    record AtLeastVerdict(Verdict verdict) implements Target {
        /**
         * Creates the target.
         *
         * @param verdict the verdict
         * @throws NullPointerException if the verdict is null
         */
        public AtLeastVerdict {
            requireNonNull(verdict, "verdict");
        }

        @Override
        public boolean isReachedBy(Assessment assessment) {
            return assessment.verdict().map(v -> v.compareTo(verdict) <= 0).orElse(false);
        }

        @Override
        public String describe() {
            return verdict.name();
        }
    }

    /**
     * A two-decimal total of at least a score.
     *
     * @param score the score
     */
    record AtLeastScore(Score score) implements Target {
        /**
         * Creates the target.
         *
         * @param score the score
         * @throws NullPointerException if the score is null
         */
        public AtLeastScore {
            requireNonNull(score, "score");
        }

        @Override
        public boolean isReachedBy(Assessment assessment) {
            return assessment.score().compareTo(score) >= 0;
        }

        @Override
        public String describe() {
            return score.toString();
        }
    }

    /**
     * Reads a target: {@code pass} (lower case: the pass mark), a grade ({@code AA} to {@code F}), a verdict
     * by its upper-case name ({@code GOOD_PASS}, {@code PASS}), or a score ({@code 90}, {@code ๙๐.๕}).
     *
     * @param text the text
     * @return the target
     * @throws InvalidInputException if the text is none of these, or is a score with more than two decimals
     *     (which no published score can reach exactly)
     */
    static Target parse(String text) {
        String t = text.strip();
        if (t.equals("pass")) {
            return new PassMark();
        }
        for (Grade g : Grade.values()) {
            if (g.name().equals(t)) {
                return new AtLeastGrade(g);
            }
        }
        for (Verdict v : Verdict.values()) {
            if (v.name().equals(t)) {
                return new AtLeastVerdict(v);
            }
        }
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            Score score = Score.parse(t);
            if (!score.equals(score.official())) {
                throw InvalidInputException.of(Location.ROOT, text, Message.of("target.places", score));
            }
            return new AtLeastScore(score);
        }
        throw InvalidInputException.of(Location.ROOT, text, Message.of("target.unknown"));
    }
}

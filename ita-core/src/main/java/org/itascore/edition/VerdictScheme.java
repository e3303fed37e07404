package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Problem;
import org.itascore.Score;
import org.itascore.Verdict;

/**
 * An ordered list of {@link VerdictRule}s: the first rule whose conditions hold gives the verdict.
 *
 * <p>The last rule must hold for every score (minimum total 0, no instrument condition), so every
 * assessment gets a verdict. Immutable and thread-safe.
 */
public final class VerdictScheme {

    /**
     * The NACC verdicts from FY2567, as one public implementation states them (the NACC document was not
     * found): excellent pass (total and each instrument at least 95), good pass (total and each instrument
     * at least 85), pass (total at least 85), needs improvement (at least 70), needs urgent improvement.
     */
    public static final VerdictScheme NACC_2567 = of(List.of(
            VerdictRule.totalAndEachInstrument(Verdict.EXCELLENT_PASS, Score.of(95), Score.of(95)),
            VerdictRule.totalAndEachInstrument(Verdict.GOOD_PASS, Score.of(85), Score.of(85)),
            VerdictRule.total(Verdict.PASS, Score.of(85)),
            VerdictRule.total(Verdict.NEEDS_IMPROVEMENT, Score.of(70)),
            VerdictRule.total(Verdict.NEEDS_URGENT_IMPROVEMENT, Score.ZERO)));

    private final ImmutableList<VerdictRule> rules;

    private VerdictScheme(ImmutableList<VerdictRule> rules) {
        this.rules = rules;
    }

    /**
     * Returns the scheme of these rules, tried in order.
     *
     * @param rules the rules, the catch-all last
     * @return the scheme
     * @throws InvalidInputException if there are no rules, a verdict repeats, or the last rule does not hold
     *     for every score
     */
    public static VerdictScheme of(List<VerdictRule> rules) {
        requireNonNull(rules, "rules");
        List<Problem> problems = new ArrayList<>();
        if (rules.isEmpty()) {
            throw InvalidInputException.of(Location.of("verdicts"), "[]", org.itascore.Message.of("verdicts.empty"));
        }
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (VerdictRule rule : rules) {
            if (!seen.add(rule.verdict())) {
                problems.add(new Problem(Location.of("verdicts"), rule.verdict().name(), org.itascore.Message.of("verdicts.twice")));
            }
        }
        VerdictRule last = rules.get(rules.size() - 1);
        if (!last.minimumTotal().equals(Score.ZERO) || last.minimumEachInstrument().isPresent()) {
            problems.add(new Problem(Location.of("verdicts"), last.verdict().name(),
                    org.itascore.Message.of("verdicts.last")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new VerdictScheme(ImmutableList.copyOf(rules));
    }

    /** {@return the rules, in the order they are tried} */
    public ImmutableList<VerdictRule> rules() {
        return rules;
    }

    /**
     * Returns the verdict of a total and its instrument scores, all compared after rounding to two decimals.
     *
     * @param total the overall score
     * @param instruments the instrument scores
     * @return the verdict of the first rule that holds
     */
    public Verdict verdict(Score total, Collection<Score> instruments) {
        return rule(total, instruments).verdict();
    }

    /**
     * Returns the first rule that holds for a total and its instrument scores.
     *
     * @param total the overall score
     * @param instruments the instrument scores
     * @return the rule
     */
    public VerdictRule rule(Score total, Collection<Score> instruments) {
        java.math.BigDecimal roundedTotal = total.officialDecimal();
        for (VerdictRule rule : rules) {
            if (roundedTotal.compareTo(rule.minimumTotal().officialDecimal()) >= 0
                    && rule.minimumEachInstrument().map(min -> instruments.stream()
                            .allMatch(s -> s.officialDecimal().compareTo(min.officialDecimal()) >= 0)).orElse(true)) {
                return rule;
            }
        }
        throw new AssertionError("the last rule holds for every score");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VerdictScheme other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}

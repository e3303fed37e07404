package org.itascore.cohort;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;

/**
 * What a cohort keeps of one office's assessment: its total and, of its indicators, only those below the pass
 * mark (the cohort keeps the sums of all indicator scores itself), so that a million offices fit in memory.
 *
 * @param office the office
 * @param fiscalYear the fiscal year
 * @param score the exact total
 * @param grade the grade
 * @param passed whether it passed
 * @param belowPassMark the indicators that did not pass (under the assessment's edition), with their exact
 *     scores
 * @param officeId the office's identifier, if the input gave one
 */
public record CohortMember(String office, FiscalYear fiscalYear, Score score, Grade grade, boolean passed,
        ImmutableSortedMap<Indicator, Score> belowPassMark, Optional<String> officeId) {

    /**
     * Creates a member.
     *
     * @param office the office
     * @param fiscalYear the fiscal year
     * @param score the exact total
     * @param grade the grade
     * @param passed whether it passed
     * @param belowPassMark the indicators that did not pass, with their exact scores
     * @param officeId the office's identifier, if the input gave one
     * @throws NullPointerException if any argument is null
     */
    public CohortMember {
        requireNonNull(officeId, "officeId");
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        requireNonNull(belowPassMark, "belowPassMark");
    }

    /**
     * Creates a member without an office identifier.
     *
     * @param office the office
     * @param fiscalYear the fiscal year
     * @param score the exact total
     * @param grade the grade
     * @param passed whether it passed
     * @param belowPassMark the indicators that did not pass, with their exact scores
     */
    public CohortMember(String office, FiscalYear fiscalYear, Score score, Grade grade, boolean passed,
            ImmutableSortedMap<Indicator, Score> belowPassMark) {
        this(office, fiscalYear, score, grade, passed, belowPassMark, Optional.empty());
    }

    /**
     * {@return what tells this office apart in a cohort: its identifier when given, else its name with spaces
     * collapsed (Unicode NFC)}
     */
    public String key() {
        return key(office, officeId);
    }

    static String key(String office, Optional<String> officeId) {
        return officeId.map(id -> "id " + id.strip()).orElseGet(() -> "name "
                + java.text.Normalizer.normalize(office.strip(), java.text.Normalizer.Form.NFC).replaceAll("\\s+", " "));
    }

    /**
     * {@return the member of an assessment}
     *
     * @param a the assessment
     */
    public static CohortMember of(Assessment a) {
        return new CohortMember(a.office(), a.fiscalYear(), a.exactScore(), a.grade(), a.passed(),
                a.indicators().stream().filter(r -> !r.passed()).collect(ImmutableSortedMap.toImmutableSortedMap(
                        Comparator.naturalOrder(), IndicatorResult::indicator, IndicatorResult::exactScore)), a.officeId());
    }

    /** The canonical order of members, so that a cohort does not depend on the order it was read in. */
    static final Comparator<CohortMember> CANONICAL = Comparator.comparing(CohortMember::office)
            .thenComparing(CohortMember::fiscalYear)
            .thenComparing(CohortMember::score)
            .thenComparing(m -> m.belowPassMark().toString());
}

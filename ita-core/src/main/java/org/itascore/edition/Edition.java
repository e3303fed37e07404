package org.itascore.edition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Weight;
import org.itascore.oit.OitCatalogue;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.RespondentRule;

/**
 * One edition of the assessment: the rules in force for some fiscal years, held as data.
 *
 * <p>An edition says which instruments are used and how much each weighs, which indicators each
 * instrument measures and their weights inside it, the grade bands, the pass mark, an optional verdict
 * scheme, and where each rule comes from ({@link #provenance()}). For scoring raw data it also holds the
 * survey {@link Questionnaire}, the {@link AnswerScale}, the minimum respondents per instrument and the
 * {@link OitCatalogue}. The engine that scores an office
 * ({@link org.itascore.assess.Assessor}) reads these rules and holds none of its own.
 *
 * <p>Built-in editions are in {@link Editions#builtIn()}; build your own with {@link #builder(String)}, or
 * start from a built-in one with {@link #toBuilder()}. An edition is valid by construction: instrument
 * weights sum to exactly one, indicator weights inside each instrument sum to exactly one, no indicator is
 * in two instruments, the bands partition [0, 100], and the pass mark is where the passing grades start.
 *
 * <p>Immutable and thread-safe. Two editions are equal when all their rules are equal.
 */
public final class Edition {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private final String id;
    private final Bilingual title;
    private final ImmutableSortedSet<FiscalYear> fiscalYears;
    private final Weighting weighting;
    private final Grading grading;
    private final RawDataRules rawData;
    private final ImmutableList<Provenance> provenance;

    private Edition(Builder b, Weighting weighting, Grading grading, RawDataRules rawData) {
        this.id = b.id;
        this.title = b.title;
        this.fiscalYears = ImmutableSortedSet.copyOf(b.fiscalYears);
        this.weighting = weighting;
        this.grading = grading;
        this.rawData = rawData;
        this.provenance = ImmutableList.copyOf(b.provenance);
    }

    /**
     * Starts an edition.
     *
     * @param id the identifier: lower-case letters, digits, dots and hyphens, for example {@code "my-esa-2568"}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(requireNonNull(id, "id"));
    }

    /**
     * Returns a builder holding every rule of this edition, to derive another one.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = toBuilder(id);
        fiscalYears.forEach(b::fiscalYear);
        return b;
    }

    /** {@return a builder holding every rule of this edition but its fiscal years, under another id} */
    private Builder toBuilder(String newId) {
        Builder b = new Builder(newId).title(title).gradeScale(grading.gradeScale()).passMark(grading.passMark());
        weighting.instrumentWeights().forEach((instrument, weight) -> {
            Map<Indicator, Weight> members = new LinkedHashMap<>();
            indicators(instrument).forEach(i -> members.put(i, weighting.indicatorWeights().get(i)));
            b.instrument(instrument, weight, members);
        });
        grading.verdictScheme().ifPresent(b::verdictScheme);
        rawData.questionnaire().ifPresent(b::questionnaire);
        b.answerScale(rawData.answerScale());
        rawData.respondentRules().forEach(b::respondentRule);
        rawData.oitCatalogue().ifPresent(b::oitCatalogue);
        provenance.forEach(b::provenance);
        return b;
    }

    /**
     * Starts an edition for other fiscal years with every rule of this one: for a year whose rules were not
     * published, "as nacc-2568, for 2570". The builder holds this edition's rules, the new id and years, and
     * a provenance note that records the derivation (certainty {@link Certainty#ASSUMED}: that the rules still
     * hold is an assumption). Change what differs (an OIT catalogue, say) before {@link Builder#build()}.
     *
     * <pre>{@code
     * Edition mine = Editions.builtIn().get("nacc-2568").derive("nacc-2570-mine", FiscalYear.of(2570))
     *         .oitCatalogue(catalogue2570)
     *         .build();
     * }</pre>
     *
     * @param newId the derived edition's id
     * @param years the fiscal years it covers, at least one
     * @return a builder of the derived edition
     */
    public Builder derive(String newId, FiscalYear... years) {
        requireNonNull(newId, "newId");
        Builder b = toBuilder(newId);
        for (FiscalYear year : years) {
            b.fiscalYear(requireNonNull(year, "year"));
        }
        String list = java.util.Arrays.stream(years).map(FiscalYear::toString).collect(java.util.stream.Collectors.joining(", "));
        b.title(Bilingual.of(title.thai() + " ใช้กับปีงบประมาณ " + list + " โดยอนุมาน",
                title.english() + ", derived for fiscal years " + list));
        b.provenance(new Provenance("derivation", Certainty.ASSUMED, "derived from " + id + " (fiscal years "
                + fiscalYears + ") for fiscal years " + java.util.Arrays.toString(years)
                + ": every rule of " + id + " is assumed to hold unless changed"));
        return b;
    }

    /**
     * Lists the rules that differ from another edition, so that an office sees what is new this year: the
     * fiscal years, the weights of each instrument and indicator, the grade bands, the pass mark, the verdict
     * rules, the questions, the answer scale, the respondent rules, and the OIT catalogue item by item (an
     * item added, removed, moved to another sub-indicator or renamed). The title and the provenance are
     * not compared.
     *
     * @param earlier the edition to compare with, for example last year's
     * @return the changes, in the order above; empty when the rules are the same
     */
    public ImmutableList<EditionChange> changesFrom(Edition earlier) {
        return EditionChanges.between(requireNonNull(earlier, "earlier"), this);
    }

    /** {@return the identifier, for example {@code "obec-esa-2566"}} */
    public String id() {
        return id;
    }

    /** {@return the title in Thai and English} */
    public Bilingual title() {
        return title;
    }

    /** {@return the fiscal years the edition covers, in order} */
    public ImmutableSortedSet<FiscalYear> fiscalYears() {
        return fiscalYears;
    }

    /**
     * {@return whether the edition covers it}
     *
     * @param year a fiscal year
     */
    public boolean covers(FiscalYear year) {
        return fiscalYears.contains(year);
    }

    /** {@return the instruments and their weights, which sum to exactly one, in the order declared} */
    public ImmutableMap<Instrument, Weight> instrumentWeights() {
        return weighting.instrumentWeights();
    }

    /** {@return the instruments, in the order declared} */
    public ImmutableList<Instrument> instruments() {
        return weighting.instruments();
    }

    /** {@return every indicator of the edition, by number} */
    public ImmutableList<Indicator> indicators() {
        return weighting.indicators();
    }

    /**
     * {@return the indicators it measures in this edition, by number; empty if the edition does not use it}
     *
     * @param instrument an instrument
     */
    public ImmutableList<Indicator> indicators(Instrument instrument) {
        return weighting.indicators(instrument);
    }

    /**
     * {@return whether the edition uses it}
     *
     * @param indicator an indicator
     */
    public boolean uses(Indicator indicator) {
        return weighting.uses(indicator);
    }

    /**
     * {@return the instrument that measures it}
     *
     * @param indicator an indicator of the edition
     * @throws IllegalArgumentException if the edition does not use the indicator
     */
    public Instrument instrumentOf(Indicator indicator) {
        return require(weighting.instrumentOf().get(indicator), indicator);
    }

    /**
     * {@return its weight inside its instrument}
     *
     * @param indicator an indicator of the edition
     * @throws IllegalArgumentException if the edition does not use the indicator
     */
    public Weight indicatorWeight(Indicator indicator) {
        return require(weighting.indicatorWeights().get(indicator), indicator);
    }

    /**
     * Returns how much an indicator weighs in the overall score: its instrument's weight times its weight
     * inside the instrument. The effective weights sum to exactly one.
     *
     * @param indicator an indicator of the edition
     * @return the effective weight, for example 1/5 of 0.30 = 0.06 for indicator 1 in the built-in editions
     * @throws IllegalArgumentException if the edition does not use the indicator
     */
    public Rational effectiveWeight(Indicator indicator) {
        return require(weighting.effectiveWeights().get(indicator), indicator);
    }

    private <T> T require(T value, Indicator indicator) {
        if (value == null) {
            throw new IllegalArgumentException("edition " + id + " does not use " + indicator);
        }
        return value;
    }

    /** {@return the grade bands} */
    public GradeScale gradeScale() {
        return grading.gradeScale();
    }

    /**
     * {@return its grade under this edition's bands}
     *
     * @param score a score
     */
    public Grade grade(Score score) {
        return grading.grade(score);
    }

    /** {@return the pass mark: a score passes when, rounded to two decimals, it is at least this} */
    public Score passMark() {
        return grading.passMark();
    }

    /**
     * {@return the grades that pass: those whose bands start at or above the pass mark, best first}
     */
    public ImmutableList<Grade> passingGrades() {
        return grading.passingGrades();
    }

    /**
     * {@return whether a grade passes in this edition: its band starts at or above the pass mark}
     *
     * @param grade a grade
     */
    public boolean passes(Grade grade) {
        return grading.passes(grade);
    }

    /**
     * {@return whether the score, rounded to two decimals, reaches the pass mark}
     *
     * @param score a score
     */
    public boolean passes(Score score) {
        return grading.passes(score);
    }

    /** {@return the verdict scheme, for editions that give verdicts} */
    public Optional<VerdictScheme> verdictScheme() {
        return grading.verdictScheme();
    }

    /** {@return the IIT and EIT questionnaire, for editions that score raw survey answers} */
    public Optional<Questionnaire> questionnaire() {
        return rawData.questionnaire();
    }

    /** {@return the points of the four-level answers; exact thirds unless the edition says otherwise} */
    public AnswerScale answerScale() {
        return rawData.answerScale();
    }

    /**
     * {@return how many respondents an instrument needs, if the edition has a rule for it}
     *
     * @param instrument IIT or EIT
     */
    public Optional<RespondentRule> respondentRule(Instrument instrument) {
        return rawData.respondentRule(instrument);
    }

    /** {@return the OIT catalogue, for editions whose item list and grouping are known} */
    public Optional<OitCatalogue> oitCatalogue() {
        return rawData.oitCatalogue();
    }

    /** {@return the weighting: the instruments and indicators and their weights} */
    public Weighting weighting() {
        return weighting;
    }

    /** {@return the grading: the bands, the pass mark and the verdicts} */
    public Grading grading() {
        return grading;
    }

    /** {@return what scoring raw data needs: the questionnaire, the answer scale, the respondent rules, the catalogue} */
    public RawDataRules rawDataRules() {
        return rawData;
    }

    /** {@return where each rule comes from and how sure the library is of it} */
    public ImmutableList<Provenance> provenance() {
        return provenance;
    }

    /**
     * {@return the rules deciding every result of this edition that are assumed, not confirmed by a document or
     * published results: its {@link Provenance.Scope#SCORING} notes of certainty {@link Certainty#ASSUMED}, in order}.
     * A result says when it has some (FY2568-2569's weights and bands, carried over; an edition derived for a year
     * without rules)
     */
    public ImmutableList<Provenance> assumedRules() {
        return provenance.stream().filter(p -> p.certainty() == Certainty.ASSUMED && p.scope() == Provenance.Scope.SCORING)
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Edition other
                && id.equals(other.id)
                && title.equals(other.title)
                && fiscalYears.equals(other.fiscalYears)
                && weighting.equals(other.weighting)
                && grading.equals(other.grading)
                && rawData.equals(other.rawData)
                && provenance.equals(other.provenance);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + weighting.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * Builds an {@link Edition}. Not thread-safe; {@link #build()} checks every rule and lists every
     * problem at once.
     */
    public static final class Builder {
        private final String id;
        private Bilingual title;
        private final List<FiscalYear> fiscalYears = new ArrayList<>();
        private final Map<Instrument, Weight> instrumentWeights = new LinkedHashMap<>();
        private final Map<Instrument, Map<Indicator, Weight>> members = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private GradeScale gradeScale = GradeScale.STANDARD;
        private Score passMark = Score.of(85);
        private boolean moveBandToPassMark;
        private VerdictScheme verdictScheme;
        private Questionnaire questionnaire;
        private AnswerScale answerScale = AnswerScale.EXACT_THIRDS;
        private final Map<Instrument, RespondentRule> respondentRules = new EnumMap<>(Instrument.class);
        private OitCatalogue oitCatalogue;
        private final List<Provenance> provenance = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * {@return this builder}
         *
         * @param title the title in Thai and English
         */
        public Builder title(Bilingual title) {
            this.title = requireNonNull(title, "title");
            return this;
        }

        /**
         * Adds a fiscal year the edition covers.
         *
         * @param year the fiscal year
         * @return this builder
         */
        public Builder fiscalYear(FiscalYear year) {
            fiscalYears.add(requireNonNull(year, "year"));
            return this;
        }

        /**
         * Adds an instrument whose indicators weigh the same.
         *
         * @param instrument the instrument
         * @param weight its weight in the overall score
         * @param indicators the indicators it measures
         * @return this builder
         */
        public Builder instrument(Instrument instrument, Weight weight, Indicator... indicators) {
            Map<Indicator, Weight> equal = new LinkedHashMap<>();
            if (indicators.length > 0) {
                Weight each = Weight.ofFraction(1, indicators.length);
                for (Indicator indicator : indicators) {
                    if (equal.put(indicator, each) != null) {
                        problems.add(new Problem(Location.of("instruments", instrument.name()), indicator.toString(),
                                Message.of("edition.indicatorTwice")));
                    }
                }
            }
            return instrument(instrument, weight, equal);
        }

        /**
         * Adds an instrument with its indicators and their weights inside it.
         *
         * @param instrument the instrument
         * @param weight its weight in the overall score
         * @param indicators the indicators it measures and their weights, which must sum to one
         * @return this builder
         */
        public Builder instrument(Instrument instrument, Weight weight, Map<Indicator, Weight> indicators) {
            requireNonNull(instrument, "instrument");
            requireNonNull(weight, "weight");
            requireNonNull(indicators, "indicators");
            if (instrumentWeights.containsKey(instrument)) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("instruments"), instrument.name(), Message.of("edition.instrumentTwice")));
                return this;
            }
            instrumentWeights.put(instrument, weight);
            members.put(instrument, new LinkedHashMap<>(indicators));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param gradeScale the grade bands; the standard scale by default
         */
        public Builder gradeScale(GradeScale gradeScale) {
            this.gradeScale = requireNonNull(gradeScale, "gradeScale");
            return this;
        }

        /**
         * Sets the pass mark, which must be where a grade band starts: the grades whose bands start at or above
         * it pass, the others do not, so that a score passes exactly when its grade passes.
         *
         * @param passMark the pass mark; 85 by default
         * @return this builder
         */
        public Builder passMark(Score passMark) {
            this.passMark = requireNonNull(passMark, "passMark");
            this.moveBandToPassMark = false;
            return this;
        }

        /**
         * Sets a pass mark that lies inside a grade band, and says to move the band above it down to start at it:
         * the band the mark lies in is cut at the mark and its upper part joins the band above. With the standard
         * bands and a pass mark of 80, A becomes 80.00-94.99 and passes, B becomes 75.00-79.99 and does not. A
         * mark that already is a band's start moves nothing; a mark inside the highest band is refused (there is
         * no band above it). The edition built holds the moved bands, and its provenance should say why.
         *
         * @param passMark the pass mark
         * @return this builder
         */
        public Builder passMarkMovingBand(Score passMark) {
            this.passMark = requireNonNull(passMark, "passMark");
            this.moveBandToPassMark = true;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param verdictScheme the verdict scheme; none by default
         */
        public Builder verdictScheme(VerdictScheme verdictScheme) {
            this.verdictScheme = requireNonNull(verdictScheme, "verdictScheme");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param questionnaire the IIT and EIT questions; none by default
         */
        public Builder questionnaire(Questionnaire questionnaire) {
            this.questionnaire = requireNonNull(questionnaire, "questionnaire");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param answerScale the points of the levels of the questionnaire's scale questions (four or six);
         *     exact thirds (four levels) by default
         */
        public Builder answerScale(AnswerScale answerScale) {
            this.answerScale = requireNonNull(answerScale, "answerScale");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param instrument IIT or EIT
         * @param rule how many respondents it needs
         */
        public Builder respondentRule(Instrument instrument, RespondentRule rule) {
            respondentRules.put(requireNonNull(instrument, "instrument"), requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param catalogue the OIT items and their sub-indicators; none by default
         */
        public Builder oitCatalogue(OitCatalogue catalogue) {
            this.oitCatalogue = requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Adds a note on where a rule comes from.
         *
         * @param note the note
         * @return this builder
         */
        public Builder provenance(Provenance note) {
            provenance.add(requireNonNull(note, "note"));
            return this;
        }

        /**
         * Checks every rule and builds the edition.
         *
         * @return the edition
         * @throws InvalidInputException listing every problem: a malformed id, no title, no fiscal year, no
         *     instrument, weights that do not sum to exactly one, an indicator in two instruments, an
         *     instrument with no indicator, a pass mark that is not where the passing grades start
         */
        public Edition build() {
            List<Problem> found = new ArrayList<>(problems);
            if (!ID.matcher(id).matches()) {
                found.add(new Problem(Location.of("id"), id, Message.of("edition.id")));
            }
            if (title == null) {
                found.add(new Problem(Location.of("title"), null, Message.of("edition.title")));
            }
            if (fiscalYears.isEmpty()) {
                found.add(new Problem(Location.of("fiscalYears"), null, Message.of("edition.noYears")));
            }
            // each part checks itself; every problem of every part is listed
            Weighting weighting = InvalidInputException.collect(found, () -> Weighting.of(instrumentWeights, members));
            Optional<VerdictScheme> verdicts = Optional.ofNullable(verdictScheme);
            Grading grading = InvalidInputException.collect(found, () -> moveBandToPassMark ? Grading.ofMovingBand(gradeScale, passMark, verdicts)
                    : Grading.of(gradeScale, passMark, verdicts));
            RawDataRules rawData = RawDataRules.of(Optional.ofNullable(questionnaire), answerScale, respondentRules,
                    Optional.ofNullable(oitCatalogue));
            found.addAll(rawData.problems(Weighting.owners(members)));
            if (verdictScheme != null && instrumentWeights.isEmpty()) {
                found.add(new Problem(Location.of("verdicts"), null, Message.of("edition.verdictsNeedInstruments")));
            }
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
            return new Edition(this, weighting, grading, rawData);
        }

    }
}

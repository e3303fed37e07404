package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitChecklist;
import org.itascore.oit.OitItem;
import org.itascore.oit.SubIndicator;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.RespondentRule;
import org.itascore.survey.Tally;

/**
 * Assesses an office from raw data: survey tallies and an OIT checklist.
 *
 * <pre>{@code
 * question score     = mean over its respondents of the points of their answers
 * survey indicator   = mean of its answered questions' scores
 * OIT sub-indicator  = share of its items present x 100
 * OIT indicator      = mean of its sub-indicators
 * }</pre>
 *
 * <p>Exact throughout; the indicator scores then go through {@link Assessor}, so the result is the same
 * {@link Assessment} as from indicator scores, with the raw-data findings attached. Stateless and
 * thread-safe.
 */
public final class RawAssessor {

    private RawAssessor() {
    }

    /**
     * Assesses an office with the edition's answer scale.
     *
     * @param edition the edition, with a questionnaire
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param data the tallies, checklist and populations
     * @return the assessment and its diagnostics
     * @throws InvalidInputException if the edition has no questionnaire, the tallies answer another
     *     questionnaire, the checklist another catalogue, or an indicator has no answered question
     */
    public static RawAssessment assess(Edition edition, String office, FiscalYear fiscalYear, RawData data) {
        return assess(edition, office, fiscalYear, data, edition.answerScale());
    }

    /**
     * Assesses an office with an answer scale of the caller's choice.
     *
     * @param edition the edition, with a questionnaire
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param data the tallies, checklist and populations
     * @param scale the points of the four-level answers
     * @return the assessment and its diagnostics
     * @throws InvalidInputException as {@link #assess(Edition, String, FiscalYear, RawData)}
     */
    public static RawAssessment assess(Edition edition, String office, FiscalYear fiscalYear, RawData data,
            AnswerScale scale) {
        return assess(edition, office, fiscalYear, data, scale, List.of());
    }

    private static RawAssessment assess(Edition edition, String office, FiscalYear fiscalYear, RawData data,
            AnswerScale scale, List<Finding> reading) {
        requireNonNull(edition, "edition");
        requireNonNull(data, "data");
        requireNonNull(scale, "scale");
        Questionnaire questionnaire = edition.questionnaire().orElseThrow(() -> InvalidInputException.of(Location.of("edition"),
                edition.id(), Message.of("raw.noQuestionnaire")));
        check(edition, questionnaire, data);

        IndicatorScores.Builder scores = IndicatorScores.builder();
        List<Finding> findings = new ArrayList<>(reading);
        Map<Indicator, ImmutableList<QuestionScore>> questionScores = new EnumMap<>(Indicator.class);
        List<Problem> unanswered = new ArrayList<>();
        for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
            Tally tally = instrument == Instrument.IIT ? data.iit() : data.eit();
            if (tally.blankResponses() > 0) {
                findings.add(Finding.of(FindingKind.BLANK_RESPONSES,
                                Message.of("finding.blankResponses", instrument, tally.blankResponses()).bilingual())
                        .withInstrument(instrument).withValues(Long.toString(tally.blankResponses()), "0"));
            }
            respondentFinding(edition, instrument, tally, data.populations()).ifPresent(findings::add);
            for (Indicator indicator : edition.indicators(instrument)) {
                List<QuestionScore> answered = new ArrayList<>();
                for (Question question : questionnaire.questions(indicator)) {
                    Optional<Score> score = tally.questionScore(question, scale);
                    if (score.isPresent()) {
                        answered.add(new QuestionScore(question, score.get(), tally.answered(question)));
                    } else if (tally.respondents() > 0) {
                        findings.add(Finding.of(FindingKind.QUESTION_WITHOUT_ANSWERS, Message.of(
                                "finding.questionWithoutAnswers", question.id(), indicator.number()).bilingual())
                                .withIndicator(indicator).withInstrument(instrument));
                    }
                }
                if (answered.isEmpty()) {
                    unanswered.add(new Problem(Location.of(instrument.name().toLowerCase(java.util.Locale.ROOT)), null,
                            Message.of("raw.indicatorUnanswered", indicator.number())));
                    continue;
                }
                Rational sum = answered.stream().map(q -> q.score().exact()).reduce(Rational.ZERO, Rational::plus);
                scores.put(indicator, Score.of(sum.dividedBy(answered.size())));
                answered.sort(Comparator.comparing(QuestionScore::score)
                        .thenComparing(q -> questionnaire.questions().indexOf(q.question())));
                questionScores.put(indicator, ImmutableList.copyOf(answered));
            }
        }
        if (!unanswered.isEmpty()) {
            throw new InvalidInputException(unanswered);
        }
        for (Indicator indicator : edition.indicators(Instrument.OIT)) {
            scores.put(indicator, data.oit().indicatorScore(indicator));
        }
        Assessment assessment = Assessor.assess(edition, office, fiscalYear, scores.build(), findings);
        return new RawAssessment(assessment, ImmutableMap.copyOf(questionScores), publishNext(edition, data.oit()));
    }

    private static void check(Edition edition, Questionnaire questionnaire, RawData data) {
        List<Problem> problems = new ArrayList<>();
        if (!data.iit().questionnaire().equals(questionnaire)) {
            problems.add(new Problem(Location.of("iit"), data.iit().toString(), Message.of("raw.otherQuestionnaire", "IIT", edition.id())));
        }
        if (!data.eit().questionnaire().equals(questionnaire)) {
            problems.add(new Problem(Location.of("eit"), data.eit().toString(), Message.of("raw.otherQuestionnaire", "EIT", edition.id())));
        }
        catalogueProblems(edition, data.oit().catalogue(), Location.of("oit", "catalogue"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The checks a checklist's catalogue must pass to be scored under an edition. */
    private static void catalogueProblems(Edition edition, OitCatalogue catalogue, Location at, List<Problem> problems) {
        if (edition.oitCatalogue().isPresent() && !edition.oitCatalogue().get().equals(catalogue)) {
            problems.add(new Problem(ProblemKind.CONFLICT, at, catalogue.toString(), Message.of("raw.otherCatalogue", edition.id())));
        }
        for (Indicator indicator : edition.indicators(Instrument.OIT)) {
            if (catalogue.subIndicators(indicator).isEmpty()) {
                problems.add(new Problem(ProblemKind.CONFLICT, at, catalogue.toString(), Message.of("raw.catalogueCoverage", indicator.number())));
            }
        }
    }

    private static Optional<Finding> respondentFinding(Edition edition, Instrument instrument, Tally tally,
            Populations populations) {
        Optional<RespondentRule> rule = edition.respondentRule(instrument);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        long required = rule.get().required(populations.of(instrument));
        if (tally.respondents() >= required) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(FindingKind.TOO_FEW_RESPONDENTS,
                        Message.of("finding.tooFewRespondents", instrument, tally.respondents(), required).bilingual())
                .withInstrument(instrument)
                .withValues(Long.toString(tally.respondents()), Long.toString(required)));
    }

    /**
     * Assesses a survey batch with the office's OIT checklist: the batch's edition, office and year, and the
     * answer scale given or, when none is, the edition's.
     *
     * @param batch the survey batch, tallied
     * @param checklist the office's OIT checklist, checked against the batch's edition
     * @param scale the points of the answers, or {@code null} for the edition's scale
     * @return the assessment and its diagnostics
     * @throws InvalidInputException as {@link #assess(Edition, String, FiscalYear, RawData, AnswerScale)}
     */
    public static RawAssessment assess(SurveyBatch batch, OitChecklist checklist, AnswerScale scale) {
        return assess(batch, checklist, scale, List.of());
    }

    /**
     * Assesses a survey batch with the office's OIT checklist, attaching what reading the answers found (from a
     * form's export: answers time-stamped outside the fiscal year) before the assessment's own findings.
     *
     * @param batch the survey batch, tallied
     * @param checklist the office's OIT checklist, checked against the batch's edition
     * @param scale the points of the answers, or {@code null} for the edition's scale
     * @param reading the findings of reading the answers, in order
     * @return the assessment and its diagnostics
     * @throws InvalidInputException as {@link #assess(Edition, String, FiscalYear, RawData, AnswerScale)}
     */
    public static RawAssessment assess(SurveyBatch batch, OitChecklist checklist, AnswerScale scale, List<Finding> reading) {
        requireNonNull(batch, "batch");
        requireNonNull(checklist, "checklist");
        requireNonNull(reading, "reading");
        RawData data = new RawData(batch.iit(), batch.eit(), checklist, batch.populations());
        return assess(batch.edition(), batch.office(), batch.fiscalYear(), data,
                scale == null ? batch.edition().answerScale() : scale, reading);
    }

    /**
     * Checks a checklist as read against the catalogue it gives or, failing that, the edition's.
     *
     * @param input the checklist as read
     * @param edition the edition it is scored under
     * @return the checklist
     * @throws InvalidInputException if neither the checklist nor the edition has a catalogue (the edition's
     *     item grouping is not published), or the entries do not fit the catalogue, listing every problem
     */
    public static OitChecklist checklist(ChecklistInput input, Edition edition) {
        requireNonNull(input, "input");
        requireNonNull(edition, "edition");
        if (input.catalogue().isEmpty() && edition.oitCatalogue().isEmpty()) {
            throw InvalidInputException.of(Location.of("catalogue"), null, Message.of("raw.noBuiltInCatalogue", edition.id(),
                    String.join(", ", org.itascore.oit.OitCatalogue.builtInNames())));
        }
        OitChecklist checklist = input.toChecklist(edition.oitCatalogue());
        // what the checklist's own catalogue must do for this edition is said of the checklist, at /catalogue
        List<Problem> problems = new ArrayList<>();
        catalogueProblems(edition, checklist.catalogue(), Location.of("catalogue"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checklist;
    }

    /**
     * Lists every OIT item not published, with the exact points publishing it would add, the largest gain
     * first (ties in catalogue order).
     *
     * @param edition the edition, for the indicators' effective weights
     * @param checklist the checklist
     * @return the items
     */
    public static ImmutableList<PublishNext> publishNext(Edition edition, OitChecklist checklist) {
        OitCatalogue catalogue = checklist.catalogue();
        List<PublishNext> next = new ArrayList<>();
        for (OitItem item : catalogue.items()) {
            if (checklist.isPresent(item.id())) {
                continue;
            }
            SubIndicator sub = catalogue.subIndicator(item.subIndicator()).orElseThrow();
            int subs = catalogue.subIndicators(sub.indicator()).size();
            int items = catalogue.items(sub.id()).size();
            Rational indicatorGain = Rational.HUNDRED.dividedBy((long) items * subs);
            Rational overallGain = indicatorGain.times(edition.effectiveWeight(sub.indicator()));
            next.add(new PublishNext(item, sub, Score.of(indicatorGain), Score.of(overallGain)));
        }
        next.sort(Comparator.comparing(PublishNext::overallGain).reversed());
        return ImmutableList.copyOf(next);
    }
}

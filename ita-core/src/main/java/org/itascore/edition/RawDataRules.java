package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.SubIndicator;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.RespondentRule;

/**
 * The part of an edition that scoring raw data needs: the survey questionnaire, the points of its answer scale, the
 * minimum respondents per instrument and the OIT catalogue. Each is optional but the scale (exact thirds by default).
 * An edition without a questionnaire scores reports of indicator scores only.
 *
 * <p>It checks itself against the weighting it serves ({@link #check(Weighting)}): every question measures an
 * indicator of its own instrument and is answered on the edition's scale, every survey indicator has a question,
 * every OIT sub-indicator is of an OIT indicator and every OIT indicator has one. Problems are located under
 * {@code questionnaire} and {@code oitCatalogue}.
 *
 * <p>Immutable and thread-safe; equal when every rule is.
 */
public final class RawDataRules {

    /** No questionnaire, no catalogue, no respondent rule; the exact-thirds scale. */
    public static final RawDataRules NONE = new RawDataRules(Optional.empty(), AnswerScale.EXACT_THIRDS, Map.of(), Optional.empty());

    private final Optional<Questionnaire> questionnaire;
    private final AnswerScale answerScale;
    private final ImmutableMap<Instrument, RespondentRule> respondentRules;
    private final Optional<OitCatalogue> oitCatalogue;

    private RawDataRules(Optional<Questionnaire> questionnaire, AnswerScale answerScale, Map<Instrument, RespondentRule> respondentRules,
            Optional<OitCatalogue> oitCatalogue) {
        this.questionnaire = questionnaire;
        this.answerScale = answerScale;
        this.respondentRules = ImmutableMap.copyOf(respondentRules);
        this.oitCatalogue = oitCatalogue;
    }

    /**
     * Returns the rules.
     *
     * @param questionnaire the survey's questions, if raw answers are scored
     * @param answerScale the points of the answer levels
     * @param respondentRules the minimum respondents per instrument, for the instruments that have one
     * @param oitCatalogue the OIT checklist's items, if raw checklists are scored
     * @return the rules, not yet checked against a weighting
     */
    public static RawDataRules of(Optional<Questionnaire> questionnaire, AnswerScale answerScale,
            Map<Instrument, RespondentRule> respondentRules, Optional<OitCatalogue> oitCatalogue) {
        return new RawDataRules(requireNonNull(questionnaire, "questionnaire"), requireNonNull(answerScale, "answerScale"),
                requireNonNull(respondentRules, "respondentRules"), requireNonNull(oitCatalogue, "oitCatalogue"));
    }

    /**
     * Checks the rules against the weighting they serve.
     *
     * @param weighting the edition's weighting
     * @throws InvalidInputException listing every question, indicator or sub-indicator that does not fit it
     */
    public void check(Weighting weighting) {
        List<Problem> found = problems(requireNonNull(weighting, "weighting").instrumentOf());
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** {@return what does not fit an assignment of indicators to instruments, in the order found} */
    List<Problem> problems(Map<Indicator, Instrument> owner) {
        List<Problem> found = new ArrayList<>();
        questionnaire.ifPresent(q -> questionnaireProblems(q, owner, found));
        oitCatalogue.ifPresent(c -> catalogueProblems(c, owner, found));
        return found;
    }

    private void questionnaireProblems(Questionnaire questions, Map<Indicator, Instrument> owner, List<Problem> found) {
        for (Question q : questions.questions()) {
            if (owner.get(q.indicator()) != q.instrument()) {
                found.add(new Problem(Location.of("questionnaire", q.id()), q.indicator().toString(),
                        Message.of("edition.questionInstrument", q.instrument())));
            }
            if (q.kind().isScale() && q.kind() != answerScale.kind()) {
                found.add(new Problem(ProblemKind.CONFLICT, Location.of("questionnaire", q.id()), q.kind().name(),
                        Message.of("edition.questionScale", answerScale.name(), answerScale.kind().name())));
            }
        }
        owner.forEach((indicator, instrument) -> {
            if (instrument != Instrument.OIT && questions.questions(indicator).isEmpty()) {
                found.add(new Problem(Location.of("questionnaire"), indicator.toString(), Message.of("edition.indicatorNoQuestion")));
            }
        });
    }

    private static void catalogueProblems(OitCatalogue catalogue, Map<Indicator, Instrument> owner, List<Problem> found) {
        for (SubIndicator sub : catalogue.subIndicators()) {
            if (owner.get(sub.indicator()) != Instrument.OIT) {
                found.add(new Problem(Location.of("oitCatalogue", sub.id()), sub.indicator().toString(),
                        Message.of("edition.subIndicatorOwner")));
            }
        }
        owner.forEach((indicator, instrument) -> {
            if (instrument == Instrument.OIT && catalogue.subIndicators(indicator).isEmpty()) {
                found.add(new Problem(Location.of("oitCatalogue"), indicator.toString(), Message.of("edition.indicatorNoSubIndicator")));
            }
        });
    }

    /** {@return the survey's questions, if raw answers are scored under these rules} */
    public Optional<Questionnaire> questionnaire() {
        return questionnaire;
    }

    /** {@return the points of the answer levels} */
    public AnswerScale answerScale() {
        return answerScale;
    }

    /**
     * {@return the minimum respondents of an instrument, if it has a rule}
     *
     * @param instrument the instrument
     */
    public Optional<RespondentRule> respondentRule(Instrument instrument) {
        return Optional.ofNullable(respondentRules.get(requireNonNull(instrument, "instrument")));
    }

    /** {@return every instrument's respondent rule} */
    public ImmutableMap<Instrument, RespondentRule> respondentRules() {
        return respondentRules;
    }

    /** {@return the OIT checklist's items, if raw checklists are scored under these rules} */
    public Optional<OitCatalogue> oitCatalogue() {
        return oitCatalogue;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RawDataRules other && questionnaire.equals(other.questionnaire)
                && answerScale.equals(other.answerScale) && respondentRules.equals(other.respondentRules)
                && oitCatalogue.equals(other.oitCatalogue);
    }

    @Override
    public int hashCode() {
        return answerScale.hashCode() * 31 + respondentRules.hashCode();
    }

    @Override
    public String toString() {
        return "RawDataRules[" + (questionnaire.isPresent() ? "questionnaire, " : "") + answerScale.name()
                + (oitCatalogue.isPresent() ? ", catalogue" : "") + "]";
    }
}

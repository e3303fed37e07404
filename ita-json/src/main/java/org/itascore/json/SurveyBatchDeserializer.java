package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.survey.Answer;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads format 2 of docs/json-format.md, the survey batch, as a stream: each response is tallied as soon
 * as it is read and then dropped, so a batch of any size is read in constant memory. The header fields
 * ({@code edition} or {@code fiscalYear}) come before {@code responses}, since the questionnaire must be
 * known to tally.
 */
final class SurveyBatchDeserializer extends ValueDeserializer<SurveyBatch> {

    /** The attribute under which a reader may pass a {@link LongConsumer} told the count of responses read. */
    static final String PROGRESS = "org.itascore.json.progress";
    private static final int PROGRESS_EVERY = 10_000;

    private final Editions editions;

    SurveyBatchDeserializer(Editions editions) {
        this.editions = editions;
    }

    /** The state of one batch being read. */
    private final class State {
        String office;
        FiscalYear year;
        String editionId;
        Edition edition;
        Populations populations = Populations.UNKNOWN;
        Tally.Accumulator iit;
        Tally.Accumulator eit;
    }

    @Override
    public SurveyBatch deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, SurveyBatch.class, "a survey batch");
        State s = new State();
        fields(p, ctxt, this, SurveyBatch.class, name -> {
            switch (name) {
                case "office" -> s.office = Reading.string(p, ctxt, SurveyBatch.class, "an office");
                case "fiscalYear" -> s.year = Reading.fiscalYear(p, ctxt);
                case "edition" -> s.editionId = Reading.parsed(p, ctxt, String.class, "an edition id", id -> editions.get(id).id());
                case "populations" -> s.populations = populations(p, ctxt);
                case "responses" -> responses(p, ctxt, s);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (s.office == null || s.office.isBlank()) {
            return Reading.missing(ctxt, SurveyBatch.class, "office", "a survey batch names its office");
        }
        if (s.year == null) {
            return Reading.missing(ctxt, SurveyBatch.class, "fiscalYear", "a survey batch has a fiscal year (B.E.)");
        }
        if (s.edition == null) {
            resolve(ctxt, s);
        }
        Edition edition = s.edition;
        if (!edition.covers(s.year)) {
            return at(SurveyBatch.class, "fiscalYear", () -> Reading.refuse(ctxt, SurveyBatch.class, s.year.toString(),
                    "edition " + edition.id() + " covers fiscal years " + edition.fiscalYears()));
        }
        return new SurveyBatch(edition, s.office.strip(), s.year, s.populations, s.iit.toTally(), s.eit.toTally());
    }

    private void resolve(DeserializationContext ctxt, State s) {
        try {
            s.edition = s.editionId != null ? editions.get(s.editionId) : editions.defaultFor(s.year);
        } catch (InvalidInputException e) {
            at(SurveyBatch.class, "fiscalYear", () -> Reading.refuse(ctxt, SurveyBatch.class, String.valueOf(s.year),
                    e.problems().get(0).rule()));
        }
        Questionnaire questionnaire = s.edition.questionnaire().orElse(null);
        if (questionnaire == null) {
            at(SurveyBatch.class, "edition", () -> Reading.refuse(ctxt, SurveyBatch.class, s.edition.id(),
                    "scoring survey answers needs an edition with a questionnaire"));
        }
        s.iit = Tally.accumulator(questionnaire, Instrument.IIT);
        s.eit = Tally.accumulator(questionnaire, Instrument.EIT);
    }

    private void responses(JsonParser p, DeserializationContext ctxt, State s) {
        if (s.year == null && s.editionId == null) {
            Reading.refuse(ctxt, SurveyBatch.class, null,
                    "edition or fiscalYear comes before responses, so that the batch can be read as a stream");
        }
        if (s.year == null) {
            s.edition = editions.get(s.editionId);
            s.iit = Tally.accumulator(s.edition.questionnaire().orElseThrow(), Instrument.IIT);
            s.eit = Tally.accumulator(s.edition.questionnaire().orElseThrow(), Instrument.EIT);
        } else {
            resolve(ctxt, s);
        }
        Reading.expectArray(p, ctxt, SurveyBatch.class, "the responses");
        LongConsumer progress = (LongConsumer) ctxt.getAttribute(PROGRESS);
        Questionnaire questionnaire = s.edition.questionnaire().orElseThrow();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Response response = at(Response.class, index, () -> response(p, ctxt, questionnaire));
            (response.instrument() == Instrument.IIT ? s.iit : s.eit).add(response);
            index++;
            if (progress != null && index % PROGRESS_EVERY == 0) {
                progress.accept(index);
            }
        }
        if (progress != null) {
            progress.accept(index);
        }
    }

    private Response response(JsonParser p, DeserializationContext ctxt, Questionnaire questionnaire) {
        Reading.expectObject(p, ctxt, Response.class, "a response");
        Instrument[] instrument = {null};
        String[] pendingIds = new String[64];
        Answer[] pending = new Answer[64];
        int[] pendingCount = {0};
        fields(p, ctxt, this, Response.class, name -> {
            switch (name) {
                case "instrument" -> {
                    instrument[0] = Reading.parsed(p, ctxt, Instrument.class, "an instrument", Instrument::parse);
                    if (instrument[0] == Instrument.OIT) {
                        Reading.refuse(ctxt, Response.class, "OIT", "a survey response is to IIT or EIT; OIT is a checklist");
                    }
                }
                case "answers" -> {
                    Reading.expectObject(p, ctxt, Response.class, "the answers");
                    fields(p, ctxt, this, Response.class, id -> {
                        Answer answer = answer(p, ctxt);
                        if (answer != null) {
                            if (pendingCount[0] == pending.length) {
                                Reading.refuse(ctxt, Response.class, id, "a response has at most " + pending.length + " answers");
                            }
                            pendingIds[pendingCount[0]] = id;
                            pending[pendingCount[0]++] = answer;
                        }
                        return true;
                    });
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (instrument[0] == null) {
            return Reading.missing(ctxt, Response.class, "instrument", "a response names its instrument, IIT or EIT");
        }
        Response.Builder builder = Response.builder(questionnaire, instrument[0]);
        for (int i = 0; i < pendingCount[0]; i++) {
            builder.answer(pendingIds[i], pending[i]);
        }
        try {
            return builder.build();
        } catch (InvalidInputException e) {
            return Reading.refuse(ctxt, Response.class, e);
        }
    }

    private static Answer answer(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return Reading.converted(ctxt, Answer.class, p.getDecimalValue().toPlainString(), Answer::parse);
        }
        if (t == JsonToken.VALUE_STRING) {
            return Reading.converted(ctxt, Answer.class, p.getString(), Answer::parse);
        }
        return Reading.refuse(ctxt, Answer.class, Reading.describe(t),
                "an answer is a level 1 to 4, \"yes\", \"no\", a questionnaire label, or null when unanswered");
    }

    private Populations populations(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Populations.class, "the populations");
        OptionalLong[] staff = {OptionalLong.empty()};
        OptionalLong[] stakeholders = {OptionalLong.empty()};
        fields(p, ctxt, this, Populations.class, name -> {
            switch (name) {
                case "staff" -> staff[0] = OptionalLong.of(Reading.integer(p, ctxt, Populations.class, "a population", 0, 100_000_000));
                case "stakeholders" -> stakeholders[0] =
                        OptionalLong.of(Reading.integer(p, ctxt, Populations.class, "a population", 0, 100_000_000));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Populations(staff[0], stakeholders[0]);
    }
}

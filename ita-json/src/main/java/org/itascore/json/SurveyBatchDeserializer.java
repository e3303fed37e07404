package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Message;
import org.itascore.edition.Editions;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.raw.SurveyBatchAssembly;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import tools.jackson.core.JacksonException;
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

    private final Editions editions;

    SurveyBatchDeserializer(Editions editions) {
        this.editions = editions;
    }

    @Override
    public SurveyBatch deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, SurveyBatch.class, Message.of("term.surveyBatch"));
        SurveyBatchAssembly assembly = SurveyBatch.assemble(editions);
        LongConsumer progress = (LongConsumer) ctxt.getAttribute(PROGRESS);
        if (progress != null) {
            assembly.onProgress(progress);
        }
        InvalidInputException[] notStarted = {null};
        Reading.Problems problems = new Reading.Problems();
        // the batch parser does not detect duplicate keys (see ItaJson): Reading.fields does
        Reading.fields(p, ctxt, problems, name -> {
            switch (name) {
                case "office" -> assembly.office(Reading.string(p, ctxt, SurveyBatch.class, Message.of("term.office")));
                case "fiscalYear" -> assembly.fiscalYear(Reading.fiscalYear(p, ctxt));
                case "edition" -> assembly.edition(Reading.string(p, ctxt, SurveyBatch.class, Message.of("term.editionId")));
                case "populations" -> assembly.populations(populations(p, ctxt));
                case "responses" -> {
                    try {
                        assembly.start();
                    } catch (InvalidInputException e) {
                        notStarted[0] = e;
                        p.skipChildren();
                        return true;
                    }
                    responses(p, ctxt, assembly);
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (notStarted[0] != null) {
            problems.addAll(notStarted[0], org.itascore.Location.ROOT);
        } else if (problems.isEmpty()) {
            try {
                return assembly.build();
            } catch (InvalidInputException e) {
                problems.addAll(e, org.itascore.Location.ROOT);
            }
        }
        problems.throwIfAny(p);
        throw new IllegalStateException("a batch with problems was not refused");
    }

    private void responses(JsonParser p, DeserializationContext ctxt, SurveyBatchAssembly assembly) {
        Reading.expectArray(p, ctxt, SurveyBatch.class, Message.of("term.responses"));
        ResponseReader reader = new ResponseReader(assembly.start(), assembly);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                try {
                    reader.read(p, ctxt);
                } catch (InvalidInputException e) {
                    Reading.refuse(ctxt, Response.class, e);
                }
            } catch (JacksonException e) {
                throw e.prependPath(Response.class, index);
            }
            index++;
        }
    }

    /**
     * Reads responses into the tallies: the hot path of a national batch. Answers are decoded straight into
     * a reused option buffer per instrument and added to the accumulator, with no object per response. A
     * response with a problem is rebuilt with {@link Response.Builder}, whose refusal names the question, so
     * the messages are those of ita-core.
     */
    private final class ResponseReader {
        private final Questionnaire questionnaire;
        private final SurveyBatchAssembly assembly;
        private final byte[] iitOptions;
        private final byte[] eitOptions;
        private final String[] ids = new String[MAX_ANSWERS];
        private final Answer[] answers = new Answer[MAX_ANSWERS];
        /*
         * The question ids met at each place of the previous responses, with what they gave: responses name the same
         * questions in the same order, and the parser hands over the same canonical String for a name, so a place
         * whose id is the same instance skips the look-up (a hash and an equals, 4% of the national run)
         */
        private final String[] kindIds = new String[MAX_ANSWERS];
        private final QuestionKind[] kinds = new QuestionKind[MAX_ANSWERS];
        private final String[][] positionIds = new String[2][MAX_ANSWERS];
        private final int[][] positions = new int[2][MAX_ANSWERS];

        ResponseReader(Questionnaire questionnaire, SurveyBatchAssembly assembly) {
            this.questionnaire = questionnaire;
            this.assembly = assembly;
            this.iitOptions = new byte[questionnaire.questions(Instrument.IIT).size()];
            this.eitOptions = new byte[questionnaire.questions(Instrument.EIT).size()];
        }

        void read(JsonParser p, DeserializationContext ctxt) {
            Reading.expectObject(p, ctxt, Response.class, TERM_RESPONSE);
            Instrument instrument = null;
            boolean sawAnswers = false;
            int count = 0;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (!name.equals("instrument") && !name.equals("answers")) {
                    // Jackson puts an unknown field in the path itself
                    ctxt.handleUnknownProperty(p, SurveyBatchDeserializer.this, Response.class, name);
                    continue;
                }
                try {
                    if (name.equals("instrument") && instrument == null) {
                        instrument = Reading.parsed(p, ctxt, Instrument.class, Message.of("term.instrument"),
                                Instrument::ofSurvey);
                    } else if (name.equals("answers") && !sawAnswers) {
                        sawAnswers = true;
                        count = answers(p, ctxt);
                    } else {
                        Reading.refuse(ctxt, org.itascore.ProblemKind.DUPLICATE, name, Message.of("json.responseFieldOnce", name));
                    }
                } catch (JacksonException e) {
                    throw e.prependPath(Response.class, name);
                }
            }
            if (instrument == null) {
                Reading.missing(ctxt, Response.class, "instrument", Message.of("json.responseInstrument"));
            }
            byte[] options = instrument == Instrument.IIT ? iitOptions : eitOptions;
            java.util.Arrays.fill(options, (byte) -1);
            for (int i = 0; i < count; i++) {
                int slot = instrument == Instrument.IIT ? 0 : 1;
                int position;
                if (ids[i] == positionIds[slot][i]) {
                    position = positions[slot][i];
                } else {
                    position = questionnaire.position(instrument, ids[i]);
                    positionIds[slot][i] = ids[i];
                    positions[slot][i] = position;
                }
                if (position < 0 || options[position] != -1
                        || !answers[i].fits(questionnaire.questions(instrument).get(position).kind())) {
                    refuse(ctxt, instrument, count);
                }
                options[position] = (byte) answers[i].option();
            }
            assembly.addOptions(instrument, options);
        }

        private int answers(JsonParser p, DeserializationContext ctxt) {
            Reading.expectObject(p, ctxt, Response.class, TERM_ANSWERS);
            int count = 0;
            int place = 0;
            for (String id = p.nextName(); id != null; id = p.nextName(), place++) {
                p.nextToken();
                QuestionKind kind;
                if (place < MAX_ANSWERS && id == kindIds[place]) {
                    kind = kinds[place];
                } else {
                    kind = questionnaire.find(id).map(Question::kind).orElse(null);
                    if (place < MAX_ANSWERS) {
                        kindIds[place] = id;
                        kinds[place] = kind;
                    }
                }
                Answer answer;
                try {
                    answer = answer(p, ctxt, kind);
                } catch (JacksonException e) {
                    throw e.prependPath(Response.class, id);
                }
                if (answer == null) {
                    continue;
                }
                if (count == MAX_ANSWERS) {
                    Reading.refuse(ctxt, Response.class, id, Message.of("json.responseAnswers", MAX_ANSWERS));
                }
                ids[count] = id;
                answers[count++] = answer;
            }
            return count;
        }

        /** Rebuilds a faulty response with ita-core's builder, whose refusal names the question. */
        private void refuse(DeserializationContext ctxt, Instrument instrument, int count) {
            Response.Builder builder = Response.builder(questionnaire, instrument);
            for (int i = 0; i < count; i++) {
                builder.answer(ids[i], answers[i]);
            }
            try {
                builder.build();
            } catch (InvalidInputException e) {
                Reading.refuse(ctxt, Response.class, e);
            }
            throw new IllegalStateException("a response refused on the fast path was accepted by the builder");
        }
    }

    private static final int MAX_ANSWERS = 64;
    /** The names a response's refusals use, made once rather than per response. */
    private static final Message TERM_RESPONSE = Message.of("term.response");
    private static final Message TERM_ANSWERS = Message.of("term.answers");

    /**
     * Decodes an answer; levels and yes/no without allocation, labels through {@link Answer#parse(String,
     * QuestionKind)} for the kind of the question (null when the id is not a question: refused later).
     */
    private static Answer answer(JsonParser p, DeserializationContext ctxt, QuestionKind kind) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                int level = p.getIntValue();
                if (level >= 1 && level <= 6) {
                    return Answer.level(level);
                }
            }
            return Reading.converted(ctxt, Answer.class, Reading.decimal(p, ctxt).toPlainString(),
                    kind == null ? Answer::parse : x -> Answer.parse(x, kind));
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getString();
            if (text.equals("no")) {
                return Answer.NO;
            }
            if (text.equals("yes")) {
                return Answer.YES;
            }
            return Reading.converted(ctxt, Answer.class, text, kind == null ? Answer::parse : x -> Answer.parse(x, kind));
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return Reading.refuse(ctxt, Answer.class, Reading.describe(t).toString(),
                Message.of("json.answer"));
    }

    private Populations populations(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Populations.class, Message.of("term.populations"));
        OptionalLong[] staff = {OptionalLong.empty()};
        OptionalLong[] stakeholders = {OptionalLong.empty()};
        fields(p, ctxt, this, Populations.class, name -> {
            switch (name) {
                case "staff" -> staff[0] = OptionalLong.of(Reading.integer(p, ctxt, Populations.class, Message.of("term.population"), 0, 100_000_000));
                case "stakeholders" -> stakeholders[0] =
                        OptionalLong.of(Reading.integer(p, ctxt, Populations.class, Message.of("term.population"), 0, 100_000_000));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Populations(staff[0], stakeholders[0]);
    }
}

package org.itascore.json;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.util.OptionalLong;
import org.itascore.FiscalYear;
import org.itascore.edition.Edition;
import org.itascore.raw.Populations;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Response;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a survey batch (format 2) one response at a time, in constant memory: the header first, then
 * {@link #write} per response, then {@link #close()}. Answers are written as levels ({@code 1}-{@code 4}) and
 * {@code "yes"}/{@code "no"}; unanswered questions are left out. Not thread-safe.
 */
public final class SurveyBatchWriter implements AutoCloseable {

    private final JsonGenerator g;

    SurveyBatchWriter(JsonMapper mapper, OutputStream out, Edition edition, String office, FiscalYear year,
            Populations populations) {
        requireNonNull(out, "out");
        this.g = mapper.createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("office", requireNonNull(office, "office"));
        g.writeNumberProperty("fiscalYear", year.buddhistEra());
        g.writeStringProperty("edition", edition.id());
        if (populations.staff().isPresent() || populations.stakeholders().isPresent()) {
            g.writeObjectPropertyStart("populations");
            write(g, "staff", populations.staff());
            write(g, "stakeholders", populations.stakeholders());
            g.writeEndObject();
        }
        g.writeArrayPropertyStart("responses");
    }

    private static void write(JsonGenerator g, String name, OptionalLong value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsLong());
        }
    }

    /**
     * Writes one response.
     *
     * @param response the response
     * @return this writer
     */
    public SurveyBatchWriter write(Response response) {
        g.writeStartObject();
        g.writeStringProperty("instrument", response.instrument().name());
        g.writeObjectPropertyStart("answers");
        for (Question q : response.questionnaire().questions(response.instrument())) {
            response.answer(q).ifPresent(a -> {
                if (q.kind() == QuestionKind.YES_NO) {
                    g.writeStringProperty(q.id(), a.text());
                } else {
                    g.writeNumberProperty(q.id(), a.option() + 1);
                }
            });
        }
        g.writeEndObject();
        g.writeEndObject();
        return this;
    }

    /** Ends the batch and flushes; the output stream is not closed. */
    @Override
    public void close() {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}

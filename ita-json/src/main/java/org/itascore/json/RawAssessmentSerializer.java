package org.itascore.json;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.raw.PublishNext;
import org.itascore.raw.QuestionScore;
import org.itascore.raw.RawAssessment;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an assessment from raw data: the assessment result (format 4), then {@code questions} (for each
 * survey indicator, its questions from the lowest score) and {@code publishNext} (the OIT items not
 * published, with the points each would add to the total, the largest first).
 */
final class RawAssessmentSerializer extends ValueSerializer<RawAssessment> {

    private final AssessmentSerializer assessment = new AssessmentSerializer();

    @Override
    public void serialize(RawAssessment raw, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        assessment.writeFields(raw.assessment(), g, ctxt);
        g.writeObjectPropertyStart("questions");
        for (Map.Entry<Indicator, ImmutableList<QuestionScore>> e : raw.questions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            g.writeArrayPropertyStart(Integer.toString(e.getKey().number()));
            for (QuestionScore q : e.getValue()) {
                g.writeStartObject();
                g.writeStringProperty("id", q.question().id());
                Writing.score(g, "score", q.score());
                g.writeNumberProperty("respondents", q.respondents());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayPropertyStart("publishNext");
        for (PublishNext n : raw.publishNext()) {
            g.writeStartObject();
            g.writeStringProperty("item", n.item().id());
            g.writeStringProperty("subIndicator", n.subIndicator().id());
            Writing.label(g, "title", n.item().title());
            Writing.score(g, "indicatorGain", n.indicatorGain());
            Writing.score(g, "overallGain", n.overallGain());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

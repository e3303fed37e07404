package org.itascore.json;
import org.itascore.Finding;
import org.itascore.Indicator;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.InstrumentResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes format 4 of docs/json-format.md, the assessment result. Field order is fixed and every score is
 * a JSON number with exactly two decimals, so equal assessments give byte-identical output. Asked for labels
 * ({@link ItaJsonModule#LABELS}), it also names the grade, verdict, instruments and indicators.
 */
final class AssessmentSerializer extends ValueSerializer<Assessment> {

    private final FindingSerializer findings = new FindingSerializer();

    @Override
    public void serialize(Assessment a, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        writeFields(a, g, ctxt);
        g.writeEndObject();
    }

    /** Writes the fields of an assessment into an object already started. */
    void writeFields(Assessment a, JsonGenerator g, SerializationContext ctxt) {
        g.writeStringProperty("edition", a.edition().id());
        g.writeStringProperty("office", a.office());
        a.officeId().ifPresent(id -> g.writeStringProperty("officeId", id));
        g.writeNumberProperty("fiscalYear", a.fiscalYear().buddhistEra());
        Writing.score(g, "score", a.exactScore());
        boolean labelled = Writing.labels(g).isPresent();
        g.writeStringProperty("grade", a.grade().name());
        if (labelled) {
            Writing.label(g, "gradeTitle", a.grade().meaning());
        }
        g.writeBooleanProperty("passed", a.passed());
        a.verdict().ifPresent(v -> {
            g.writeStringProperty("verdict", v.name());
            if (labelled) {
                Writing.label(g, "verdictTitle", v.title());
            }
        });
        g.writeObjectPropertyStart("instruments");
        for (InstrumentResult i : a.instruments()) {
            g.writeObjectPropertyStart(i.instrument().name());
            if (labelled) {
                Writing.label(g, "title", i.instrument().title());
            }
            Writing.score(g, "score", i.exactScore());
            Writing.weight(g, "weight", i.weight());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayPropertyStart("indicators");
        for (IndicatorResult r : a.indicators()) {
            g.writeStartObject();
            g.writeNumberProperty("number", r.indicator().number());
            if (labelled) {
                Writing.label(g, "title", r.indicator().title());
            }
            Writing.score(g, "score", r.exactScore());
            if (!r.exactScore().equals(r.score())) {
                // more than two decimals: the exact value, so that the result reads back to the same assessment
                g.writeStringProperty("exactScore", r.exactScore().toString());
            }
            g.writeStringProperty("grade", r.grade().name());
            if (labelled) {
                Writing.label(g, "gradeTitle", r.grade().meaning());
            }
            g.writeBooleanProperty("passed", r.passed());
            g.writeNumberProperty("rank", r.rank());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("belowPassMark");
        for (Indicator i : a.belowPassMark()) {
            g.writeNumber(i.number());
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("findings");
        for (Finding f : a.findings()) {
            findings.serialize(f, g, ctxt);
        }
        g.writeEndArray();
        if (!a.edition().assumedRules().isEmpty()) {
            // the rules deciding the result that no document confirms: what a reader should know it rests on
            g.writeArrayPropertyStart("assumedRules");
            for (org.itascore.edition.Provenance p : a.edition().assumedRules()) {
                g.writeString(p.rule());
            }
            g.writeEndArray();
        }
    }
}

package org.itascore.json;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.raw.PublishNext;
import org.itascore.raw.QuestionScore;
import java.util.List;
import org.itascore.Bilingual;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.raw.RawAssessment;
import org.itascore.table.Cells;
import org.itascore.table.SheetReport;
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
        writeFields(raw, g, ctxt);
        g.writeEndObject();
    }

    /** Writes the fields of an assessment from raw data, in an object already started. */
    void writeFields(RawAssessment raw, JsonGenerator g, SerializationContext ctxt) {
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
    }

    /**
     * An assessment from a form's exports with the sheets it was read from.
     *
     * @param raw the assessment
     * @param sheets what became of each sheet's rows
     */
    record FromSheets(RawAssessment raw, List<SheetReport> sheets) {
    }

    /**
     * Writes {@link FromSheets}: the assessment's fields, then {@code skippedRows} when rows were skipped on request:
     * for each sheet that skipped rows, its name, the rows read and skipped, and the problems of the rows skipped at
     * their row and column.
     */
    static final class FromSheetsSerializer extends ValueSerializer<FromSheets> {
        private final RawAssessmentSerializer raw = new RawAssessmentSerializer();

        @Override
        public void serialize(FromSheets value, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            raw.writeFields(value.raw(), g, ctxt);
            List<SheetReport> skipping = value.sheets().stream().filter(s -> s.skipped() > 0).toList();
            if (!skipping.isEmpty()) {
                g.writeArrayPropertyStart("skippedRows");
                for (SheetReport sheet : skipping) {
                    g.writeStartObject();
                    g.writeStringProperty("sheet", sheet.source());
                    g.writeNumberProperty("rows", sheet.rows());
                    g.writeNumberProperty("skipped", sheet.skipped());
                    g.writeArrayPropertyStart("problems");
                    for (Problem p : sheet.problems()) {
                        g.writeStartObject();
                        Cells.row(p.location()).ifPresent(row -> g.writeNumberProperty("row", row + 1));
                        Cells.column(p.location()).ifPresent(column -> {
                            g.writeStringProperty("column", Cells.letter(column));
                            g.writeStringProperty("header", sheet.header(column));
                        });
                        if (p.value() != null) {
                            g.writeStringProperty("value", p.value());
                        }
                        g.writeStringProperty("code", p.code());
                        Writing.label(g, "message", Bilingual.of(p.rule(Language.THAI), p.rule(Language.ENGLISH)));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    if (sheet.omitted() > 0) {
                        g.writeNumberProperty("omitted", sheet.omitted());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }
}

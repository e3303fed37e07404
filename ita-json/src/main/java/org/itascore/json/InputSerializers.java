package org.itascore.json;

import java.util.Map;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.plan.Activity;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.report.PublishedHistoryRow;
import org.itascore.report.PublishedIndicator;
import org.itascore.text.ThaiMonths;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Serializers of the input formats, so that a system can write what the library reads: format 1 (report),
 * 3 (checklist) and 7 (plan). Each reads back equal.
 */
final class InputSerializers {

    private InputSerializers() {
    }

    /**
     * Writes a score as exactly as format 1 carries it: its exact decimal when it has one, otherwise rounded
     * to two decimals (a raw-data score such as 200/3 has no finite decimal form).
     */
    /**
     * Writes a score of an input exactly, so that it reads back as the same score: a finite decimal as a JSON number,
     * a fraction with none (200/3) as its string, which the reader takes.
     */
    private static void exactScore(JsonGenerator g, String name, Score score) {
        var exact = score.exact().exactDecimalOrNull();
        if (exact != null) {
            g.writeNumberProperty(name, exact);
        } else {
            g.writeStringProperty(name, score.toExactString());
        }
    }

    /** Format 1. */
    static final class ReportSerializer extends ValueSerializer<IndicatorReport> {
        @Override
        public void serialize(IndicatorReport r, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeStringProperty("office", r.office());
            r.officeId().ifPresent(id -> g.writeStringProperty("officeId", id));
            g.writeNumberProperty("fiscalYear", r.fiscalYear().buddhistEra());
            r.edition().ifPresent(e -> g.writeStringProperty("edition", e));
            g.writeObjectPropertyStart("indicators");
            r.indicators().asMap().forEach((i, s) -> exactScore(g, Integer.toString(i.number()), s));
            g.writeEndObject();
            if (!r.published().equals(Published.NOTHING)) {
                published(r.published(), g);
            }
            g.writeEndObject();
        }

        private static void published(Published p, JsonGenerator g) {
            g.writeObjectPropertyStart("published");
            p.score().ifPresent(s -> exactScore(g, "score", s));
            p.grade().ifPresent(x -> g.writeStringProperty("grade", x.name()));
            p.passed().ifPresent(x -> g.writeBooleanProperty("passed", x));
            p.verdict().ifPresent(x -> g.writeStringProperty("verdict", x.name()));
            if (!p.instruments().isEmpty()) {
                g.writeObjectPropertyStart("instruments");
                for (Map.Entry<Instrument, Score> e : p.instruments().entrySet()) {
                    exactScore(g, e.getKey().name(), e.getValue());
                }
                g.writeEndObject();
            }
            if (!p.indicators().isEmpty()) {
                g.writeObjectPropertyStart("indicators");
                for (Map.Entry<Indicator, PublishedIndicator> e : p.indicators().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList()) {
                    g.writeObjectPropertyStart(Integer.toString(e.getKey().number()));
                    e.getValue().grade().ifPresent(x -> g.writeStringProperty("grade", x.name()));
                    e.getValue().passed().ifPresent(x -> g.writeBooleanProperty("passed", x));
                    e.getValue().rank().ifPresent(x -> g.writeNumberProperty("rank", x));
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (!p.history().isEmpty()) {
                g.writeArrayPropertyStart("history");
                for (PublishedHistoryRow row : p.history()) {
                    g.writeStartObject();
                    g.writeNumberProperty("fiscalYear", row.fiscalYear().buddhistEra());
                    exactScore(g, "score", row.score());
                    row.grade().ifPresent(x -> g.writeStringProperty("grade", x.name()));
                    row.difference().ifPresent(x -> g.writeNumberProperty("difference", x));
                    row.trend().ifPresent(x -> g.writeStringProperty("trend", x.word().thai()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    /** Format 3. */
    static final class ChecklistSerializer extends ValueSerializer<ChecklistInput> {
        @Override
        public void serialize(ChecklistInput c, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeObjectPropertyStart("items");
            for (ChecklistEntry e : c.entries()) {
                g.writeObjectPropertyStart(e.item());
                g.writeBooleanProperty("present", e.present());
                e.evidence().ifPresent(uri -> g.writeStringProperty("evidence", uri.toString()));
                g.writeEndObject();
            }
            g.writeEndObject();
            if (c.catalogue().isPresent()) {
                g.writeName("catalogue");
                EditionSerializer.catalogue(c.catalogue().get(), g);
            }
            g.writeEndObject();
        }
    }

    /** Format 7. */
    static final class PlanSerializer extends ValueSerializer<PlanInput> {
        private final ReportSerializer report = new ReportSerializer();

        @Override
        public void serialize(PlanInput input, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeStringProperty("office", input.plan().office());
            g.writeNumberProperty("fiscalYear", input.plan().fiscalYear().buddhistEra());
            g.writeArrayPropertyStart("activities");
            for (Activity a : input.plan().activities()) {
                g.writeStartObject();
                g.writeStringProperty("name", a.name());
                a.budget().ifPresent(b -> g.writeNumberProperty("budget", b));
                g.writeStringProperty("responsible", a.responsible());
                g.writeArrayPropertyStart("months");
                a.months().forEach(m -> g.writeString(ThaiMonths.format(m)));
                g.writeEndArray();
                g.writeArrayPropertyStart("indicators");
                a.indicators().forEach(i -> g.writeNumber(i.number()));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("report");
            report.serialize(input.report(), g, ctxt);
            g.writeEndObject();
        }
    }
}

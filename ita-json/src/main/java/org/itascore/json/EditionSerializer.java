package org.itascore.json;

import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Rational;
import org.itascore.edition.Edition;
import org.itascore.edition.GradeBand;
import org.itascore.edition.Provenance;
import org.itascore.edition.VerdictRule;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitItem;
import org.itascore.oit.SubIndicator;
import org.itascore.survey.Question;
import org.itascore.survey.RespondentRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes format 5 of docs/json-format.md, an edition definition, so that {@link EditionDeserializer} reads
 * it back equal. Exact values (weights, answer points) are written in their exact text form ({@code "0.3"},
 * {@code "1/3"}).
 */
final class EditionSerializer extends ValueSerializer<Edition> {

    @Override
    public void serialize(Edition e, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("id", e.id());
        Writing.bilingual(g, "title", e.title());
        g.writeArrayPropertyStart("fiscalYears");
        e.fiscalYears().forEach(y -> g.writeNumber(y.buddhistEra()));
        g.writeEndArray();
        g.writeObjectPropertyStart("instruments");
        for (Instrument instrument : e.instruments()) {
            g.writeObjectPropertyStart(instrument.name());
            g.writeStringProperty("weight", e.instrumentWeights().get(instrument).toString());
            g.writeObjectPropertyStart("indicators");
            for (Indicator indicator : e.indicators(instrument)) {
                g.writeStringProperty(Integer.toString(indicator.number()), e.indicatorWeight(indicator).toString());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayPropertyStart("grades");
        for (GradeBand band : e.gradeScale().bands()) {
            g.writeStartObject();
            g.writeStringProperty("grade", band.grade().name());
            Writing.score(g, "from", band.lower());
            Writing.score(g, "to", band.upper());
            g.writeEndObject();
        }
        g.writeEndArray();
        Writing.score(g, "passMark", e.passMark());
        if (e.verdictScheme().isPresent()) {
            g.writeArrayPropertyStart("verdicts");
            for (VerdictRule rule : e.verdictScheme().get().rules()) {
                g.writeStartObject();
                g.writeStringProperty("verdict", rule.verdict().name());
                Writing.score(g, "minimumTotal", rule.minimumTotal());
                if (rule.minimumEachInstrument().isPresent()) {
                    Writing.score(g, "minimumEachInstrument", rule.minimumEachInstrument().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (e.questionnaire().isPresent()) {
            g.writeObjectPropertyStart("questionnaire");
            for (Question q : e.questionnaire().get().questions()) {
                g.writeObjectPropertyStart(q.id());
                g.writeStringProperty("instrument", q.instrument().name());
                g.writeNumberProperty("indicator", q.indicator().number());
                g.writeStringProperty("kind", q.kind().name());
                g.writeBooleanProperty("reversed", q.reversed());
                if (q.wording().isPresent()) {
                    Writing.bilingual(g, "wording", q.wording().get());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeObjectPropertyStart("answerScale");
        g.writeStringProperty("name", e.answerScale().name());
        g.writeArrayPropertyStart("points");
        for (Rational p : e.answerScale().points()) {
            g.writeString(p.toExactString());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectPropertyStart("respondentRules");
        for (Instrument instrument : Instrument.values()) {
            if (e.respondentRule(instrument).isPresent()) {
                RespondentRule rule = e.respondentRule(instrument).get();
                g.writeObjectPropertyStart(instrument.name());
                if (rule.share().isPresent()) {
                    g.writeStringProperty("share", rule.share().get().toPlainString());
                }
                g.writeNumberProperty("minimum", rule.minimum());
                if (rule.maximum().isPresent()) {
                    g.writeNumberProperty("maximum", rule.maximum().getAsLong());
                }
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        if (e.oitCatalogue().isPresent()) {
            g.writeName("oitCatalogue");
            catalogue(e.oitCatalogue().get(), g);
        }
        g.writeArrayPropertyStart("provenance");
        for (Provenance p : e.provenance()) {
            g.writeStartObject();
            g.writeStringProperty("rule", p.rule());
            g.writeStringProperty("certainty", p.certainty().name());
            g.writeStringProperty("source", p.source());
            if (p.scope() != Provenance.Scope.SCORING) {
                g.writeStringProperty("scope", p.scope().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a catalogue as {@link ChecklistDeserializer#catalogue} reads it. */
    static void catalogue(OitCatalogue c, JsonGenerator g) {
        g.writeStartObject();
        g.writeArrayPropertyStart("subIndicators");
        for (SubIndicator s : c.subIndicators()) {
            g.writeStartObject();
            g.writeStringProperty("id", s.id());
            g.writeNumberProperty("indicator", s.indicator().number());
            Writing.bilingual(g, "title", s.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("items");
        for (OitItem item : c.items()) {
            g.writeStartObject();
            g.writeStringProperty("id", item.id());
            g.writeStringProperty("subIndicator", item.subIndicator());
            Writing.bilingual(g, "title", item.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a catalogue on its own, in the shape the edition format's {@code oitCatalogue} holds. */
    static final class CatalogueSerializer extends ValueSerializer<OitCatalogue> {
        @Override
        public void serialize(OitCatalogue value, JsonGenerator g, SerializationContext provider) {
            catalogue(value, g);
        }
    }
}

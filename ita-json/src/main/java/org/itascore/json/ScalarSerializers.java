package org.itascore.json;

import org.itascore.FiscalYear;
import org.itascore.Score;
import org.itascore.Weight;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Serializers of the scalar values of ita-core, each in its one documented JSON form. */
final class ScalarSerializers {

    private ScalarSerializers() {
    }

    /** A score: a JSON number with exactly two decimals. */
    static final class ScoreSerializer extends ValueSerializer<Score> {
        @Override
        public void serialize(Score value, JsonGenerator g, SerializationContext ctxt) {
            g.writeNumber(value.officialDecimal());
        }
    }

    /** A fiscal year: its Buddhist Era number. */
    static final class FiscalYearSerializer extends ValueSerializer<FiscalYear> {
        @Override
        public void serialize(FiscalYear value, JsonGenerator g, SerializationContext ctxt) {
            g.writeNumber(value.buddhistEra());
        }
    }

    /** A text in both languages: {@code {"en": ..., "th": ...}}, as in every format. */
    static final class BilingualSerializer extends ValueSerializer<org.itascore.Bilingual> {
        @Override
        public void serialize(org.itascore.Bilingual value, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeStringProperty("en", value.english());
            g.writeStringProperty("th", value.thai());
            g.writeEndObject();
        }
    }

    /** An exact number: its exact text, {@code "0.3"} or {@code "100/3"}. */
    static final class RationalSerializer extends ValueSerializer<org.itascore.Rational> {
        @Override
        public void serialize(org.itascore.Rational value, JsonGenerator g, SerializationContext ctxt) {
            g.writeString(value.toExactString());
        }
    }

    /** A weight: a JSON number when it has a finite decimal form, else a fraction string. */
    static final class WeightSerializer extends ValueSerializer<Weight> {
        @Override
        public void serialize(Weight value, JsonGenerator g, SerializationContext ctxt) {
            Writing.weight(g, value);
        }
    }
}

package org.itascore.json;

import org.itascore.FiscalYear;
import org.itascore.Score;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Deserializers of the scalar values of ita-core, accepting the forms documented in docs/json-format.md. */
final class ScalarDeserializers {

    private ScalarDeserializers() {
    }

    /** A score: a JSON number, or a string with ASCII or Thai digits; always in [0, 100]. */
    static final class ScoreDeserializer extends ValueDeserializer<Score> {
        @Override
        public Score deserialize(JsonParser p, DeserializationContext ctxt) {
            return Reading.score(p, ctxt);
        }
    }

    /** A fiscal year: a whole Buddhist Era year, as a number or a string of ASCII or Thai digits. */
    static final class FiscalYearDeserializer extends ValueDeserializer<FiscalYear> {
        @Override
        public FiscalYear deserialize(JsonParser p, DeserializationContext ctxt) {
            return Reading.fiscalYear(p, ctxt);
        }
    }
}

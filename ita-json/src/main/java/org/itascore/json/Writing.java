package org.itascore.json;

import java.math.BigDecimal;
import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Score;
import org.itascore.Weight;
import tools.jackson.core.JsonGenerator;

/** The writing steps shared by the module's serializers. */
final class Writing {

    private Writing() {
    }

    /** Writes a score as a JSON number with exactly two decimals, rounded half up: {@code 90.05}. */
    static void score(JsonGenerator g, String name, Score score) {
        g.writeNumberProperty(name, score.officialDecimal());
    }

    /** Writes a weight property; see {@link #weight(JsonGenerator, Weight)}. */
    static void weight(JsonGenerator g, String name, Weight weight) {
        g.writeName(name);
        weight(g, weight);
    }

    /** Writes a weight as a JSON number when it has a finite decimal form ({@code 0.3}), else as {@code "1/3"}. */
    static void weight(JsonGenerator g, Weight weight) {
        BigDecimal exact = weight.exact().exactDecimalOrNull();
        if (exact == null) {
            g.writeString(weight.toString());
        } else {
            g.writeNumber(exact);
        }
    }

    /** Writes a text in both languages: {@code {"en": ..., "th": ...}}. */
    static void bilingual(JsonGenerator g, String name, Bilingual text) {
        g.writeName(name);
        new ScalarSerializers.BilingualSerializer().serialize(text, g, null);
    }

    /** Writes an optional string, or null. */
    static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        } else {
            g.writeNullProperty(name);
        }
    }
}

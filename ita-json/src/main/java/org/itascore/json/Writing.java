package org.itascore.json;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.itascore.Bilingual;
import org.itascore.Language;
import org.itascore.Score;
import org.itascore.Weight;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** The writing steps shared by the module's serializers. */
final class Writing {

    private static final Set<Language> BOTH = java.util.EnumSet.allOf(Language.class);

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

    /**
     * Writes a text in both languages, {@code {"en": ..., "th": ...}}, whatever labels the writer was asked
     * for: a definition's text (an edition's titles), which must read back whole.
     */
    static void bilingual(JsonGenerator g, String name, Bilingual text) {
        g.writeName(name);
        new ScalarSerializers.BilingualSerializer().serialize(text, g, null);
    }

    /**
     * Writes a result's name or message in the languages the writer was asked for ({@link ItaJsonModule#LABELS}),
     * both when it was asked for none: {@code {"en": ..., "th": ...}} or {@code {"th": ...}}.
     */
    static void label(JsonGenerator g, String name, Bilingual text) {
        Set<Language> languages = labels(g).orElse(BOTH);
        g.writeObjectPropertyStart(name);
        if (languages.contains(Language.ENGLISH)) {
            g.writeStringProperty("en", text.english());
        }
        if (languages.contains(Language.THAI)) {
            g.writeStringProperty("th", text.thai());
        }
        g.writeEndObject();
    }

    /** {@return the languages the writer was asked to label results in, if it was asked} */
    @SuppressWarnings("unchecked")
    static Optional<Set<Language>> labels(JsonGenerator g) {
        if (g.objectWriteContext() instanceof SerializationContext ctxt
                && ctxt.getAttribute(ItaJsonModule.LABELS) instanceof Set<?> languages && !languages.isEmpty()) {
            return Optional.of((Set<Language>) languages);
        }
        return Optional.empty();
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

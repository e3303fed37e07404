package org.itascore.json;

import org.itascore.Finding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link Finding}: {@code kind}, then {@code indicator}, {@code instrument} and {@code fiscalYear}
 * when the finding is about one, then {@code printed}, {@code expected}, {@code tolerance} (null when
 * absent) and {@code message} in English and Thai.
 */
final class FindingSerializer extends ValueSerializer<Finding> {

    @Override
    public void serialize(Finding f, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("kind", f.kind().name());
        f.indicator().ifPresent(i -> g.writeNumberProperty("indicator", i.number()));
        f.instrument().ifPresent(i -> g.writeStringProperty("instrument", i.name()));
        f.fiscalYear().ifPresent(y -> g.writeNumberProperty("fiscalYear", y.buddhistEra()));
        Writing.optional(g, "printed", f.printed());
        Writing.optional(g, "expected", f.expected());
        if (f.tolerance().isPresent()) {
            g.writeNumberProperty("tolerance", f.tolerance().get());
        } else {
            g.writeNullProperty("tolerance");
        }
        // both languages always: a finding's message is its content, and a result reads back whole
        Writing.bilingual(g, "message", f.message());
        g.writeEndObject();
    }
}

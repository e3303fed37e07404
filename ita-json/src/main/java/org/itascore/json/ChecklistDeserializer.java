package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Message;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitChecklist;
import org.itascore.oit.OitItem;
import org.itascore.oit.SubIndicator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads format 3 of docs/json-format.md, the OIT checklist: {@code items} keyed by item id, each with
 * {@code present} and (when present) {@code evidence}, and optionally the {@code catalogue} they answer.
 */
final class ChecklistDeserializer extends ValueDeserializer<ChecklistInput> {

    @Override
    public ChecklistInput deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, ChecklistInput.class, Message.of("term.oitChecklist"));
        List<ChecklistEntry> entries = new ArrayList<>();
        OitCatalogue[] catalogue = {null};
        boolean[] sawItems = {false};
        fields(p, ctxt, this, ChecklistInput.class, name -> {
            switch (name) {
                case "items" -> {
                    sawItems[0] = true;
                    Reading.expectObject(p, ctxt, ChecklistInput.class, Message.of("term.checklistItems"));
                    fields(p, ctxt, this, ChecklistEntry.class, id -> {
                        entries.add(entry(p, ctxt, id));
                        return true;
                    });
                }
                case "catalogue" -> catalogue[0] = catalogue(p, ctxt);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!sawItems[0]) {
            return Reading.missing(ctxt, ChecklistInput.class, "items", Message.of("json.checklistHasItems"));
        }
        // checked against its catalogue in one place, ChecklistInput.toChecklist, where it is scored
        return new ChecklistInput(Optional.ofNullable(catalogue[0]), ImmutableList.copyOf(entries));
    }

    private ChecklistEntry entry(JsonParser p, DeserializationContext ctxt, String id) {
        Reading.expectObject(p, ctxt, ChecklistEntry.class, Message.of("term.checklistItem"));
        Boolean[] present = {null};
        URI[] evidence = {null};
        fields(p, ctxt, this, ChecklistEntry.class, name -> {
            switch (name) {
                case "present" -> present[0] = Reading.bool(p, ctxt, ChecklistEntry.class, Message.of("term.present"));
                case "evidence" -> evidence[0] = p.currentToken() == JsonToken.VALUE_NULL ? null
                        : Reading.parsed(p, ctxt, URI.class, Message.of("term.evidenceAddress"), OitChecklist::evidence);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (present[0] == null) {
            return Reading.missing(ctxt, ChecklistEntry.class, "present", Message.of("json.checklistPresent"));
        }
        // a published item's evidence is required by OitChecklist, which lists it with the checklist's other problems
        return new ChecklistEntry(id, present[0], Optional.ofNullable(evidence[0]));
    }

    /**
     * Reads a catalogue: the name of a built-in one ({@code "ovec-2569"}), or {@code subIndicators} and
     * {@code items} arrays. Shared with the edition format.
     */
    static OitCatalogue catalogue(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
            return Reading.converted(ctxt, OitCatalogue.class, p.getString(), OitCatalogue::builtIn);
        }
        Reading.expectObject(p, ctxt, OitCatalogue.class, Message.of("term.oitCatalogue"));
        List<SubIndicator> subs = new ArrayList<>();
        List<OitItem> items = new ArrayList<>();
        ValueDeserializer<?> self = new ChecklistDeserializer();
        fields(p, ctxt, self, OitCatalogue.class, name -> {
            switch (name) {
                case "subIndicators" -> array(p, ctxt, Message.of("term.subIndicators"), () -> subs.add(subIndicator(p, ctxt, self)));
                case "items" -> array(p, ctxt, Message.of("term.catalogueItems"), () -> items.add(item(p, ctxt, self)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        try {
            return OitCatalogue.of(subs, items);
        } catch (InvalidInputException e) {
            return Reading.refuse(ctxt, OitCatalogue.class, e);
        }
    }

    private static void array(JsonParser p, DeserializationContext ctxt, Message what, Runnable element) {
        Reading.expectArray(p, ctxt, OitCatalogue.class, what);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            at(OitCatalogue.class, index++, () -> {
                element.run();
                return null;
            });
        }
    }

    private static SubIndicator subIndicator(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> self) {
        Reading.expectObject(p, ctxt, SubIndicator.class, Message.of("term.subIndicator"));
        String[] id = {null};
        Indicator[] indicator = {null};
        Bilingual[] title = {null};
        fields(p, ctxt, self, SubIndicator.class, name -> {
            switch (name) {
                case "id" -> id[0] = Reading.string(p, ctxt, SubIndicator.class, Message.of("term.id"));
                case "indicator" -> indicator[0] = Indicator.ofNumber(Reading.integer(p, ctxt, SubIndicator.class, Message.of("term.indicator"), 1, 10));
                case "title" -> title[0] = Reading.bilingual(p, ctxt, self);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, SubIndicator.class, "id", id[0]);
        Reading.require(ctxt, SubIndicator.class, "indicator", indicator[0]);
        Reading.require(ctxt, SubIndicator.class, "title", title[0]);
        return new SubIndicator(id[0], indicator[0], title[0]);
    }

    private static OitItem item(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> self) {
        Reading.expectObject(p, ctxt, OitItem.class, Message.of("term.catalogueItem"));
        String[] id = {null};
        String[] sub = {null};
        Bilingual[] title = {null};
        fields(p, ctxt, self, OitItem.class, name -> {
            switch (name) {
                case "id" -> id[0] = Reading.string(p, ctxt, OitItem.class, Message.of("term.id"));
                case "subIndicator" -> sub[0] = Reading.string(p, ctxt, OitItem.class, Message.of("term.subIndicatorId"));
                case "title" -> title[0] = Reading.bilingual(p, ctxt, self);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, OitItem.class, "id", id[0]);
        Reading.require(ctxt, OitItem.class, "subIndicator", sub[0]);
        Reading.require(ctxt, OitItem.class, "title", title[0]);
        return new OitItem(id[0], sub[0], title[0]);
    }
}

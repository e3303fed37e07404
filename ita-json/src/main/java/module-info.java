/**
 * The JSON binding of ita-core, a Jackson 3 module. Optional: ita-core does not depend on it.
 */
module org.itascore.json {
    requires transitive org.itascore.core;
    requires transitive tools.jackson.databind;

    exports org.itascore.json;

    provides tools.jackson.databind.JacksonModule with org.itascore.json.ItaJsonModule;
}

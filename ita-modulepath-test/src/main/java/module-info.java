/** A user's application module: it requires the library's modules as any modular application would. */
module org.itascore.usercheck {
    requires org.itascore.render;
    requires org.itascore.json;
    requires org.itascore.csv;
    uses tools.jackson.databind.JacksonModule;

    exports org.itascore.usercheck;
}

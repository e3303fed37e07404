/** A user's application module: it requires the library's modules as any modular application would. */
module org.itascore.usercheck {
    requires org.itascore.cli;
    requires org.itascore.csv;
    uses tools.jackson.databind.JacksonModule;

    exports org.itascore.usercheck;
}

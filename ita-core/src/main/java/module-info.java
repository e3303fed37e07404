/**
 * The ITA engine: the vocabulary, editions as data, and exact scoring and analysis.
 *
 * <p>Depends on Guava only.
 */
module org.itascore.core {
    requires transitive com.google.common;

    exports org.itascore;
    exports org.itascore.annual;
    exports org.itascore.assess;
    exports org.itascore.audit;
    exports org.itascore.cohort;
    exports org.itascore.edition;
    exports org.itascore.history;
    exports org.itascore.oit;
    exports org.itascore.plan;
    exports org.itascore.raw;
    exports org.itascore.report;
    exports org.itascore.survey;
    exports org.itascore.table;
    exports org.itascore.text;
    exports org.itascore.whatif;
}

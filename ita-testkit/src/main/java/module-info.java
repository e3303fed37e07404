/**
 * The test kit: generators with shrinkers, refusals by rule, oracles, laws and a conformance corpus, for users'
 * own property-based tests. QuickTheories is optional: only its adapter needs it; JUnit 5 takes the kit's samples as they are.
 */
module org.itascore.testkit {
    requires transitive org.itascore.core;
    requires transitive org.itascore.json;
    requires org.itascore.csv;
    requires static quicktheories;

    exports org.itascore.testkit;
}

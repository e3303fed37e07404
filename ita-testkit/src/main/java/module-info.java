/**
 * The test kit: generators with shrinkers, refusals by rule, oracles, laws and a conformance corpus, for users'
 * own property-based tests. QuickTheories and JUnit 5 are optional: each adapter needs only its framework.
 */
module org.itascore.testkit {
    requires transitive org.itascore.core;
    requires transitive org.itascore.json;
    requires static quicktheories;
    requires static org.junit.jupiter.params;

    exports org.itascore.testkit;
}

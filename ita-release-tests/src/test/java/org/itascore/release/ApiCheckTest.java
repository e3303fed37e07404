package org.itascore.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API check the published modules run (japicmp, configured in the parent's library profile) catches a
 * breaking change the version does not allow, and lets through what semantic versioning allows.
 *
 * <p>No released artifact exists to compare with before 1.0.0 ships, so the baseline is built here: a library
 * that inherits ita-parent exactly as ita-core does, installed at 1.0.0 into a staged repository, and then
 * changed and checked against it, as the build will check every module against the released 1.0.0.
 *
 * <p>What japicmp enforces is the breaking side of semantic versioning: an incompatible change needs a new major
 * version. It does not refuse an addition in a patch release (tried: 1.0.1 adding a method passes), so that half of
 * the rule is the release checklist's (docs/compatibility.md), not the build's.
 */
class ApiCheckTest {

    @TempDir
    static Path work;
    private static Path repository;

    private static final String BASELINE = """
            package org.itascore.planted;

            /** The planted library's API. */
            public final class Api {
                private Api() {
                }

                /** @return one */
                public static int one() {
                    return 1;
                }

                /** @return two */
                public static int two() {
                    return 2;
                }
            }
            """;
    private static final String REMOVED = BASELINE.replace("""

                /** @return two */
                public static int two() {
                    return 2;
                }
            """, "");
    private static final String ADDED = BASELINE.replace("""
                /** @return two */""", """
                /** @return three */
                public static int three() {
                    return 3;
                }

                /** @return two */""");

    @BeforeAll
    static void installTheBaseline() throws Exception {
        assertNotEquals(BASELINE, REMOVED);
        assertNotEquals(BASELINE, ADDED);
        repository = work.resolve("repository");
        Reactor.stage(repository);
        Reactor.Run baseline = build("1.0.0", BASELINE, "install");
        assertEquals(0, baseline.exitCode(), baseline.output());
    }

    /** Builds the planted library at the version with the source, checked against 1.0.0, with the goals given. */
    private static Reactor.Run build(String version, String source, String goal) throws IOException, InterruptedException {
        Path project = work.resolve("planted-" + version + "-" + Integer.toHexString(source.hashCode()));
        Path sources = project.resolve("src/main/java/org/itascore/planted");
        Files.createDirectories(sources);
        Files.writeString(project.resolve("src/main/java/module-info.java"), """
                /** The planted library. */
                module org.itascore.planted {
                    exports org.itascore.planted;
                }
                """);
        Files.writeString(sources.resolve("Api.java"), source);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.itascore</groupId>
                    <artifactId>ita-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>org.itascore.planted</groupId>
                  <artifactId>planted</artifactId>
                  <version>%s</version>
                  <properties>
                    <maven.javadoc.skip>true</maven.javadoc.skip>
                    <maven.source.skip>true</maven.source.skip>
                    <cyclonedx.skip>true</cyclonedx.skip>
                  </properties>
                </project>
                """.formatted(Reactor.version(), version));
        return Reactor.maven(project, repository, goal, "-Djapicmp.skip=" + !goal.equals("verify"));
    }

    @Test
    void failsWhenAMinorVersionRemovesAMethod() throws Exception {
        Reactor.Run run = build("1.1.0", REMOVED, "verify");
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("japicmp"), run.output());
        assertTrue(run.output().contains("two()"), run.output());
    }

    @Test
    void passesWhenAMinorVersionAddsAMethod() throws Exception {
        Reactor.Run run = build("1.1.0", ADDED, "verify");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("japicmp"), "the check ran: " + run.output());
    }

    @Test
    void passesWhenAMajorVersionRemovesAMethod() throws Exception {
        Reactor.Run run = build("2.0.0", REMOVED, "verify");
        assertEquals(0, run.exitCode(), run.output());
    }
}

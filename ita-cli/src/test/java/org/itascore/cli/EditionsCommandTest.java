package org.itascore.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditionsCommandTest {

    @Test
    void listsEveryBuiltInEdition() {
        Run run = Run.of("editions");
        assertEquals(0, run.exitCode());
        assertEquals(19, run.out().lines().count(), run.out()); // header and 18 editions
        assertTrue(run.out().contains("nacc-2567"));
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("obec-esa-2566") && l.contains("IIT 0.3, EIT 0.3, OIT 0.4")));
    }

    @Test
    void provenanceNamesTheUncertainRules() {
        Run run = Run.of("editions", "--provenance");
        assertTrue(run.out().contains("[PUBLIC_IMPLEMENTATION]"), run.out());
        assertTrue(run.out().contains("[VERIFIED_AGAINST_PUBLISHED_RESULTS]"), run.out());
    }

    @Test
    void helpShowsExamples() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"));
        assertTrue(Run.of("score", "--help").out().contains("ita score report.json"));
    }

    @Test
    void diffListsWhatChangedFromOneEditionToAnother() {
        Run run = Run.of("editions", "--diff", "nacc-2566", "nacc-2567");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("From nacc-2566 to nacc-2567: 2 rule(s) differ\n"), run.out());
        assertTrue(run.out().contains("verdicts      -          [EXCELLENT_PASS: total >= 95.00"), run.out());
        Run json = Run.of("editions", "--diff", "nacc-2566", "nacc-2567", "--format", "json");
        assertTrue(json.out().contains("\"rule\" : \"verdicts\""), json.out());
        Run unknown = Run.of("editions", "--diff", "nacc-2566", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("ita: --diff: \"nope\": unknown edition"), unknown.err());
    }

    @Test
    void aBuiltInCatalogueIsListedWithTheTitlesNoSourceGivesAndWrittenAsJsonToEdit() {
        Run run = Run.of("editions", "--catalogue", "nacc-2568");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("9.1 Administration and budget\n  O1 Structure and powers\n  O2 (title not published: supply your own)\n"), run.out());
        assertTrue(run.out().endsWith("26 items; titles not published: O2, O5, O6, O7. Source and certainty: docs/editions.md\n"), run.out());
        Run thai = Run.of("editions", "--catalogue", "ovec-2569", "--lang", "th");
        assertTrue(thai.out().contains("  O20 ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy)\n"), thai.out());
        Run json = Run.of("editions", "--catalogue", "ovec-2569", "--format", "json");
        assertTrue(json.out().contains("\"subIndicators\" : [ {\n    \"id\" : \"9.1\""), json.out());
        Run unknown = Run.of("editions", "--catalogue", "nacc-2570");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("ita: --catalogue: \"nacc-2570\": unknown catalogue; built-in catalogues are classic, "), unknown.err());
    }

    @Test
    void provenanceMarksWhatIsAssumedFromFiscalYear2568() {
        Run run = Run.of("editions", "--provenance");
        String ovec = run.out().substring(run.out().indexOf("\novec-2569: "));
        assertTrue(ovec.contains("OIT items O1-O23 in 9.1 (O1-O5)"), ovec);
        assertTrue(ovec.contains("[ASSUMED] carried over from FY2562-2567"), ovec);
        String nacc = run.out().substring(run.out().indexOf("\nnacc-2568: "), run.out().indexOf("\nnacc-2569: "));
        assertTrue(nacc.contains("OIT grouping into six sub-indicators (9.1-9.4, 10.1-10.2), each a run of consecutive items [ASSUMED]"), nacc);
    }

    @Test
    void anEditionFilesMistakesArePointedAtTheirField(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path taken = dir.resolve("taken.json");
        java.nio.file.Files.writeString(taken, "{\"id\":\"obec-esa-2566\",\"derivedFrom\":\"obec-esa-2566\",\"fiscalYears\":[2570]}");
        Run dup = Run.of("score", "--editions", taken.toString());
        assertEquals(2, dup.exitCode());
        assertEquals("ita: " + taken + ": /id: \"obec-esa-2566\": an edition id is used once; it is already taken\n", dup.err());
        java.nio.file.Path self = dir.resolve("self.json");
        java.nio.file.Files.writeString(self, "{\"id\":\"mine\",\"derivedFrom\":\"mine\",\"fiscalYears\":[2570]}");
        Run loop = Run.of("score", "--editions", self.toString());
        assertEquals("ita: " + self + ": /derivedFrom: \"mine\": an edition derives from another edition, never from itself; "
                + "name the edition whose rules it starts from\n", loop.err());
        // 25 bands of one grade: the 24 repeats, each on a line of its own at its place in the list
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            bands.append(i == 0 ? "" : ",").append("{\"grade\":\"A\",\"from\":0,\"to\":100}");
        }
        java.nio.file.Path repeated = dir.resolve("bands.json");
        java.nio.file.Files.writeString(repeated, "{\"id\":\"mine\",\"derivedFrom\":\"obec-esa-2566\",\"fiscalYears\":[2570],"
                + "\"grades\":[" + bands + "]}");
        java.util.List<String> lines = Run.of("score", "--editions", repeated.toString()).err().lines()
                .filter(l -> l.contains("each grade has one band")).toList();
        assertEquals(24, lines.size(), lines.toString());
        assertEquals("ita: " + repeated + ": /grades/1: \"A\": each grade has one band", lines.get(0));
        assertEquals("ita: " + repeated + ": /grades/24: \"A\": each grade has one band", lines.get(23));
    }
}

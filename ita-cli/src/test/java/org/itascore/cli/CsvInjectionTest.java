package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV that spreadsheets cannot run (OWASP's CSV injection guidance): an office named as a formula is written with a
 * leading apostrophe, so that Excel, LibreOffice and Google Sheets show it as text; scores stay numbers.
 */
class CsvInjectionTest {

    private static final String SCORES = "\"indicators\": {\"1\": 90, \"2\": 90, \"3\": 90, \"4\": 90, \"5\": 90, \"6\": 90,"
            + " \"7\": 90, \"8\": 90, \"9\": 90, \"10\": 90}";

    @Test
    void officeNamesThatAreFormulasAreWrittenAsText() {
        StringBuilder ndjson = new StringBuilder();
        // (a name's leading tab or carriage return is stripped by the core before any renderer sees it)
        List<String> hostile = List.of("=HYPERLINK(\\\"http://x\\\",\\\"click\\\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "สพม.ปกติ");
        for (String office : hostile) {
            ndjson.append("{\"office\": \"").append(office).append("\", \"fiscalYear\": 2566, ").append(SCORES).append("}\n");
        }
        Run r = Run.withInput(ndjson.toString(), "cohort", "-", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        java.util.regex.Pattern first = java.util.regex.Pattern.compile("^(\"(?:[^\"]|\"\")*\"|[^,]*)");
        List<String> firstCells = r.out().lines().skip(1).map(l -> {
            java.util.regex.Matcher m = first.matcher(l);
            return m.find() ? m.group(1) : l;
        }).toList();
        assertTrue(firstCells.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), firstCells.toString());
        assertTrue(firstCells.stream().anyMatch(c -> c.startsWith("'+cmd|") || c.startsWith("\"'+cmd|")), firstCells.toString());
        assertTrue(firstCells.contains("'-2+3"), firstCells.toString());
        assertTrue(firstCells.contains("'@SUM(A1)"), firstCells.toString());
        assertTrue(firstCells.contains("สพม.ปกติ"), firstCells.toString());
        // the scores are numbers still: 90 everywhere, 0.3 x 90 + 0.3 x 90 + 0.4 x 90 = 90.00
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.contains(",2566,90.00,A,")), r.out());
    }
}

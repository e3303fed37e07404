package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void listsAndPrintsTheSchemas() {
        Run list = Run.of("schema");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().startsWith("report\nsurvey-batch\noit-checklist\nresult\nedition\ncohort\nplan\naudit\nimport-map\nraw-input\nedition-list\nedition-changes\nproblem-details\ncommon\n"), list.out());
        Run report = Run.of("schema", "report");
        assertEquals(0, report.exitCode());
        assertTrue(report.out().contains("\"$id\": \"https://itascore.org/schema/report.schema.json\""), report.out());
        Run none = Run.of("schema", "nope");
        assertEquals(2, none.exitCode());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("ita: schema: \"nope\": no such schema"), none.err());
    }
}

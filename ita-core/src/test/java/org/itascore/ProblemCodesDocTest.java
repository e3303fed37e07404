package org.itascore;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/problem-codes.md is the catalogue as a table, made from the catalogue itself: the test fails when the page
 * and the catalogue differ, and writes the page afresh when run with {@code -Dita.writeDocs=true}.
 */
class ProblemCodesDocTest {

    private static final Path PAGE = Path.of("..", "docs", "problem-codes.md");

    @Test
    void theDocumentedCodesAreTheCatalogues() throws IOException {
        String expected = page();
        if (Boolean.getBoolean("ita.writeDocs")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(PAGE, StandardCharsets.UTF_8),
                "docs/problem-codes.md differs from the catalogue: run ./mvnw -pl ita-core test "
                        + "-Dtest=ProblemCodesDocTest -Dita.writeDocs=true");
    }

    private static String page() {
        StringBuilder out = new StringBuilder();
        out.append("# Problem codes\n\n")
                .append("Every problem the library reports carries a stable code (`Problem.code()` in Java, `code` in\n")
                .append("the service's problem details). Branch on the code, not on the words: the words may be improved\n")
                .append("from one version to the next; a code, once published, keeps its meaning. `{0}`, `{1}` stand for the\n")
                .append("values a message names. A code that starts with `term.` is a word used inside other messages.\n")
                .append("(The same catalogue holds the renderers' sentences, codes `text.*`, and the names of grades, verdicts, instruments, indicators and finding kinds, codes `name.*`, and the sentences of findings and plan issues, codes `finding.*` and `planIssue.*`, which callers tell apart by their kind; they are not listed here.)\n\n")
                .append("This page is made from the catalogue (`ita-core/src/main/resources/org/itascore/messages.properties`\n")
                .append("and `messages_th.properties`) and checked against it by a test.\n\n")
                .append("| code | English | Thai |\n|---|---|---|\n");
        for (String code : MessageCatalogue.codes().stream().filter(c -> !c.startsWith("text.") && !c.startsWith("name.")
                && !c.startsWith("finding.") && !c.startsWith("planIssue.")).toList()) {
            out.append("| `").append(code).append("` | ").append(cell(MessageCatalogue.template(code, Language.ENGLISH)))
                    .append(" | ").append(cell(MessageCatalogue.template(code, Language.THAI))).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

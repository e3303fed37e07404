package org.itascore.cli;
import java.util.ArrayList;
import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import picocli.CommandLine.Option;

/**
 * The editions a command may use: the built-in ones, and those of edition files (format 5) given with
 * {@code --editions}. A file may derive its edition from a built-in one or from an earlier file
 * ({@code "derivedFrom"}), which is how a year without published rules is scored: "as nacc-2568, for 2570".
 * {@code --edition ID} makes one edition the default of the documents that name none; for a fiscal year no
 * edition covers, an edition derived from it for that year ({@code ID-for-YEAR}, its provenance saying so).
 */
final class EditionFiles {

    @Option(names = "--editions", paramLabel = "FILE",
            description = "An edition file (docs/json-format.md, format 5) to use besides the built-in editions; "
                    + "repeat it for several. A file may derive from another edition (\\\"derivedFrom\\\").")
    List<String> files = new ArrayList<>();

    @Option(names = "--edition", paramLabel = "ID",
            description = "The edition to read documents that name none under (default: the first edition of their "
                    + "fiscal year, OBEC's ESA edition where there is one). For a fiscal year no edition covers, an "
                    + "edition derived from it for that year (ID-for-YEAR); a year another edition covers is refused.")
    String edition;

    /**
     * {@return the built-in editions and the files' editions, in the order given}
     *
     * @param context where standard input comes from
     * @throws CliException exit 2 with one line per problem of a file, 3 if a file cannot be read
     */
    Editions registry(Ita.Context context) {
        Editions registry = Editions.builtIn();
        for (String file : files) {
            Input input = Input.read(file, context.stdin(), null);
            Editions sofar = registry;
            Edition edition = Reports.parse(input, in -> ItaJson.standard().withEditions(sofar).readEdition(in));
            try {
                registry = registry.with(edition);
            } catch (InvalidInputException e) {
                throw Failures.invalid(input.name(), e);
            }
        }
        if (edition != null) {
            try {
                registry = registry.preferring(edition);
            } catch (InvalidInputException e) {
                throw Failures.option("--edition", e);
            }
        }
        return registry;
    }
}

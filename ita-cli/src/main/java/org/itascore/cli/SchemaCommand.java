package org.itascore.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.itascore.json.ItaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ita schema}: prints the JSON Schema of a format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (2020-12) of a format, or list the schemas. Schemas refer to each other by $id: https://itascore.org/schema/NAME.schema.json.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita schema                list the schemas", "  ita schema report > report.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "report, survey-batch, oit-checklist, result, edition, cohort, plan, audit, import-map, raw-input or common.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the default) or text: a schema is JSON either way.")
    String format;

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("text")) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: schema: --format: \"" + format
                    + "\": a schema is written as json (text gives the same)"));
        }
        if (name == null) {
            return Output.print(spec, String.join("\n", ItaJson.SCHEMAS) + "\n", ExitCodes.OK);
        }
        if (!ItaJson.SCHEMAS.contains(name)) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: schema: \"" + name + "\": no such schema; the schemas are "
                    + String.join(", ", ItaJson.SCHEMAS)));
        }
        return Output.print(spec, ItaJson.schema(name), ExitCodes.OK);
    }
}

package org.itascore.cli;

import org.itascore.render.Style;
import org.itascore.render.Table;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ita editions}: lists the built-in editions and where their rules come from. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "List the built-in editions: fiscal years, weights, pass mark, verdicts, provenance. With --format json, every edition in full, in the edition format (docs/json-format.md, format 5).",
        footerHeading = "%nExamples:%n",
        footer = {"  ita editions", "  ita editions --provenance --lang th", "  ita editions --format json"})
final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--provenance", description = "Also print where each rule comes from and how sure it is.")
    boolean provenance;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        output.textOrJsonOnly("editions");
        if (output.format == OutputOptions.Format.JSON) {
            return Output.print(spec, org.itascore.json.ItaJson.standard().writeValue(Editions.builtIn().all()), ExitCodes.OK);
        }
        Style s = output.style();
        Table table = new Table(List.of(s.text("Edition", "ฉบับเกณฑ์"), s.text("Years", "ปีงบประมาณ"),
                s.text("Weights", "น้ำหนัก"), s.text("Pass", "เกณฑ์ผ่าน"), s.text("Verdicts", "ผลแบบใหม่")),
                false, false, false, true, false);
        for (Edition e : Editions.builtIn().all()) {
            table.row(List.of(e.id(),
                    e.fiscalYears().stream().map(s::number).collect(Collectors.joining(", ")),
                    e.instrumentWeights().entrySet().stream().map(w -> w.getKey() + " " + s.number(w.getValue()))
                            .collect(Collectors.joining(", ")),
                    s.number(e.passMark()),
                    e.verdictScheme().isPresent() ? s.text("yes", "มี") : s.text("no", "ไม่มี")));
        }
        StringBuilder out = new StringBuilder(table.render());
        if (provenance) {
            for (Edition e : Editions.builtIn().all()) {
                out.append('\n').append(e.id()).append(": ").append(s.text(e.title())).append('\n');
                for (Provenance p : e.provenance()) {
                    out.append("  - ").append(p.rule()).append(" [").append(p.certainty()).append("] ")
                            .append(p.source()).append('\n');
                }
            }
        }
        return Output.print(spec, out.toString(), ExitCodes.OK);
    }
}

package org.itascore.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.itascore.Message;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.Provenance;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitItem;
import org.itascore.oit.SubIndicator;
import org.itascore.render.Style;
import org.itascore.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ita editions}: lists the built-in editions and where their rules come from. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "List the built-in editions: fiscal years, weights, pass mark, verdicts, provenance. With --format json, every edition in full, in the edition format (docs/json-format.md, format 5).",
        footerHeading = "%nExamples:%n",
        footer = {"  ita editions", "  ita editions --provenance --lang th", "  ita editions --format json",
            "  ita editions --diff nacc-2566 nacc-2567     what changed from one edition to the next",
            "  ita editions --catalogue nacc-2568           the OIT items of a built-in catalogue",
            "  ita editions --catalogue nacc-2568 --format json > mine.json   to edit and load as your own"})
final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--provenance", description = "Also print where each rule comes from and how sure it is.")
    boolean provenance;

    @Option(names = "--diff", arity = "2", paramLabel = "EDITION",
            description = "List the rules that changed from the first edition to the second: weights, bands, pass mark, "
                    + "verdicts, questions, answer scale, respondent rules, OIT items.")
    List<String> diff;

    @Option(names = "--catalogue", paramLabel = "NAME",
            description = "Print a built-in OIT catalogue (${COMPLETION-CANDIDATES}): its sub-indicators and items, and which "
                    + "titles are not published. With --format json, in the edition format's catalogue shape, to edit and "
                    + "load as your own.", completionCandidates = CatalogueNames.class)
    String catalogue;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    private final Ita.Context context;

    EditionsCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.check("editions");
        if (diff != null) {
            return Output.print(spec, diff(editionFiles.registry(context)), ExitCodes.OK);
        }
        if (catalogue != null) {
            return Output.print(spec, catalogue(), ExitCodes.OK);
        }
        if (output.format == OutputOptions.Format.JSON) {
            return Output.print(spec, org.itascore.json.ItaJson.standard().writeValue(Editions.builtIn().all()), ExitCodes.OK);
        }
        Style s = output.style();
        Table table = new Table(List.of(s.text(Message.of("text.edition2")), s.text(Message.of("text.years")),
                s.text(Message.of("text.weights")), s.text(Message.of("text.pass4")), s.text(Message.of("text.verdicts"))),
                false, false, false, true, false);
        for (Edition e : Editions.builtIn().all()) {
            table.row(List.of(e.id(),
                    e.fiscalYears().stream().map(s::number).collect(Collectors.joining(", ")),
                    e.instrumentWeights().entrySet().stream().map(w -> w.getKey() + " " + s.number(w.getValue()))
                            .collect(Collectors.joining(", ")),
                    s.number(e.passMark()),
                    e.verdictScheme().isPresent() ? s.text(Message.of("text.yes2")) : s.text(Message.of("text.no2"))));
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

    /** A built-in catalogue, as a table of its items or as JSON. */
    private String catalogue() {
        OitCatalogue c;
        try {
            c = OitCatalogue.builtIn(catalogue);
        } catch (org.itascore.InvalidInputException e) {
            throw Failures.option("--catalogue", e);
        }
        if (output.format == OutputOptions.Format.JSON) {
            return org.itascore.json.ItaJson.standard().writeValue(c);
        }
        Style s = output.style();
        StringBuilder out = new StringBuilder();
        for (SubIndicator sub : c.subIndicators()) {
            out.append(sub.id()).append(' ').append(s.text(sub.title())).append('\n');
            for (OitItem item : c.items(sub.id())) {
                out.append("  ").append(item.id()).append(' ').append(s.text(item.title())).append('\n');
            }
        }
        List<String> untitled = c.untitledItems().stream().map(OitItem::id).toList();
        out.append('\n').append(s.number(c.items().size())).append(s.text(Message.of("text.items")));
        if (!untitled.isEmpty()) {
            out.append(s.text(Message.of("text.titlesNotPublished"))).append(String.join(", ", untitled));
        }
        out.append(s.text(Message.of("text.sourceCertaintyDocsEditions")));
        return out.toString();
    }

    /** The names of the built-in catalogues, for the option's help. */
    static final class CatalogueNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return OitCatalogue.builtInNames().iterator();
        }
    }

    /** The changes from one edition to another, as a table or as JSON. */
    private String diff(Editions editions) {
        Edition from;
        Edition to;
        try {
            from = editions.get(diff.get(0));
            to = editions.get(diff.get(1));
        } catch (org.itascore.InvalidInputException e) {
            throw Failures.option("--diff", e);
        }
        List<org.itascore.edition.EditionChange> changes = to.changesFrom(from);
        if (output.format == OutputOptions.Format.JSON) {
            return org.itascore.json.ItaJson.standard().writeChanges(changes);
        }
        Style s = output.style();
        if (changes.isEmpty()) {
            return s.text(Message.of("text.noRuleDiffersBetween")) + from.id() + s.text(Message.of("text.and")) + to.id() + "\n";
        }
        Table table = new Table(List.of(s.text(Message.of("text.rule")), from.id(), to.id()), false, false, false);
        changes.forEach(c -> table.row(List.of(c.rule(), c.before(), c.after())));
        return s.text(Message.of("text.from")) + from.id() + s.text(Message.of("text.to")) + to.id() + ": " + s.number(changes.size())
                + s.text(Message.of("text.ruleSDiffer")) + table.render();
    }
}

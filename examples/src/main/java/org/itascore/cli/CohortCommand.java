package org.itascore.cli;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Rational;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortStatistics;
import org.itascore.json.ItaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita cohort}: statistics across many offices. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Statistics across many offices' reports (format 6: a JSON array or newline-delimited JSON",
            "of format-1 reports): mean, median, spread, grades, pass rate against a target, ranking, weakest indicator."},
        footerHeading = "%nExamples:%n",
        footer = {"  ita cohort samples/cohort-2566.ndjson", "  ita cohort reports.json --target 85 --format json"})
final class CohortCommand implements Callable<Integer> {

    private static final int RANKS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The reports; - for standard input.")
    String file;

    @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "80",
            description = "The target share of offices at or above the pass mark, in percent (default: ${DEFAULT-VALUE}).")
    BigDecimal target;

    @Option(names = "--strict",
            description = "Stop at the first report with a problem, instead of leaving it out and scoring the rest.")
    boolean strict;

    @Mixin
    OutputOptions output = new OutputOptions();

    private final Ita.Context context;

    CohortCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.textOrJsonOnly("cohort");
        String name = Input.nameOf(file);
        if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --target: \"" + target.toPlainString()
                    + "\": a target is a percentage from 0 to 100"));
        }
        Progress progress = new Progress(context.stderr(), context.terminal());
        CohortBuilder builder = (strict ? CohortBuilder.strict(Reports.editions()) : CohortBuilder.lenient(Reports.editions()))
                .onProgress(progress);
        CohortResult result;
        try (InputStream in = Input.open(file, context.stdin())) {
            result = ItaJson.standard().readCohort(in, builder);
        } catch (InvalidInputException e) {
            throw Failures.invalid(name, e);
        } catch (java.io.UncheckedIOException e) {
            throw Failures.unreadable(name, e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + e.getMessage()));
        } finally {
            progress.done();
        }
        Rational share = Rational.of(target).dividedBy(100);
        CohortStatistics stats = result.statistics(share);
        result.problems().forEach(record -> Failures.lines(name, record.problems().stream()
                        .map(p -> p.under(Location.ROOT.index(record.index()))).toList(), 0)
                .forEach(line -> context.stderr().println(line + record.office().map(o -> " (office " + o + ")").orElse(""))));
        if (result.omittedProblems() > 0) {
            context.stderr().println("ita: " + name + ": " + result.omittedProblems() + " more record(s) left out, not listed");
        }
        String rendered = switch (output.format) {
            case TEXT -> render(stats, output.style()) + leftOut(result, output.style());
            case JSON -> ItaJson.standard().writeValue(stats);
            case HTML -> throw new AssertionError("refused above");
        };
        return Output.print(spec, rendered, result.refused() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

    /** The line that says how many records were left out, when any were. */
    static String leftOut(CohortResult result, Style s) {
        if (result.refused() == 0) {
            return "";
        }
        return s.text("Left out: ", "ไม่ได้นำมาคำนวณ: ") + s.number(result.refused()) + s.text(" of ", " จาก ")
                + s.number(result.records()) + s.text(" report(s) with problems (listed on standard error)\n",
                        " รายงานที่มีข้อผิดพลาด (แสดงทางช่องข้อผิดพลาดมาตรฐาน)\n");
    }

    static String render(CohortStatistics c, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text("Offices: ", "จำนวนหน่วยงาน: ")).append(s.number(c.count())).append('\n');
        out.append(s.text("Mean ", "ค่าเฉลี่ย ")).append(s.number(c.mean())).append(s.text(", median ", ", มัธยฐาน "))
                .append(s.number(c.median())).append(s.text(", min ", ", ต่ำสุด ")).append(s.number(c.minimum()))
                .append(s.text(", max ", ", สูงสุด ")).append(s.number(c.maximum())).append(s.text(", sd ", ", ส่วนเบี่ยงเบนมาตรฐาน "))
                .append(s.number(c.standardDeviation().toPlainString())).append('\n');
        out.append(s.text("Grades: ", "ระดับ: ")).append(java.util.Arrays.stream(Grade.values())
                .map(g -> g.name() + " " + s.number(c.grades().get(g))).collect(Collectors.joining(", "))).append('\n');
        out.append(s.text("Passed: ", "ผ่านเกณฑ์: ")).append(s.number(c.passed())).append(" (")
                .append(s.number(percent(c.passRate()))).append("%), ").append(s.text("target ", "เป้าหมาย "))
                .append(s.number(percent(c.target()))).append("% ")
                .append(c.targetMet() ? s.text("met", "บรรลุ") : s.text("not met", "ยังไม่บรรลุ")).append('\n');
        out.append(s.text("Weakest indicator: ", "ตัวชี้วัดที่อ่อนที่สุด: ")).append(s.number(c.weakestIndicator().number()))
                .append(' ').append(s.text(c.weakestIndicator().title())).append(" (")
                .append(s.number(c.indicatorMeans().get(c.weakestIndicator()))).append(")\n\n");
        Table table = new Table(List.of(s.text("Rank", "ลำดับ"), s.text("Office", "หน่วยงาน"), s.text("Score", "คะแนน"),
                s.text("Grade", "ระดับ")), true, false, true, false);
        c.ranking().stream().limit(RANKS_SHOWN).forEach(r -> table.row(List.of(s.number(r.rank()), r.office(),
                s.number(r.score()), r.grade().name())));
        out.append(table.render());
        if (c.ranking().size() > RANKS_SHOWN) {
            out.append(s.text("... " + (c.ranking().size() - RANKS_SHOWN) + " more (--format json lists all)",
                    "... และอีก " + (c.ranking().size() - RANKS_SHOWN) + " หน่วยงาน (--format json แสดงทั้งหมด)")).append('\n');
        }
        out.append('\n').append(s.text("Offices below the pass mark, per indicator:", "หน่วยงานที่ต่ำกว่าเกณฑ์ รายตัวชี้วัด:")).append('\n');
        for (Map.Entry<org.itascore.Indicator, com.google.common.collect.ImmutableList<String>> e : c.belowPassMark().entrySet()) {
            out.append("  ").append(s.number(e.getKey().number())).append(": ").append(s.number(e.getValue().size()))
                    .append(" (").append(s.text("mean ", "เฉลี่ย ")).append(s.number(c.indicatorMeans().get(e.getKey())))
                    .append(")\n");
        }
        return out.toString();
    }

    private static String percent(Rational share) {
        return share.times(100).round(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

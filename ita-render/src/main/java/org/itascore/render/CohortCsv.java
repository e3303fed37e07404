package org.itascore.render;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itascore.Message;
import org.itascore.cohort.CohortMember;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.OfficePlan;

/**
 * Renders a cohort's offices as CSV for spreadsheet users: one row per office and fiscal year, RFC 4180,
 * CRLF, starting with a UTF-8 byte order mark so that Excel opens Thai correctly. Column names follow the
 * reader's language; numbers are plain ASCII decimals (never Thai digits), so that a spreadsheet reads them
 * as numbers; a text cell that a spreadsheet would run as a formula starts with an apostrophe ({@link CsvText}).
 * Written with FastCSV. Stateless and thread-safe.
 */
public final class CohortCsv {

    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private CohortCsv() {
    }

    /**
     * {@return the office table: office, office id, fiscal year, score, grade, passed, indicators below the pass
     * mark; when the cohort was planned, also how far each office is short and its cheapest plan}
     *
     * @param result the cohort
     * @param s the reader's language
     */
    public static String render(CohortResult result, Style s) {
        Map<String, OfficePlan> plans = new HashMap<>();
        result.plans().ifPresent(p -> p.plans().forEach(plan -> plans.put(plan.key() + " " + plan.fiscalYear(), plan)));
        boolean planned = result.plans().isPresent();
        List<String> header = new ArrayList<>(List.of(s.text(Message.of("text.office2")), s.text(Message.of("text.officeId")),
                s.text(Message.of("text.fiscalYear4")), s.text(Message.of("text.score2")), s.text(Message.of("text.grade3")),
                s.text(Message.of("text.passed4")), s.text(Message.of("text.indicatorsBelowPassMark"))));
        if (planned) {
            header.addAll(List.of(s.text(Message.of("text.short3")), s.text(Message.of("text.planPoints")),
                    s.text(Message.of("text.plan2"))));
        }
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(header);
            for (CohortMember m : result.cohort().members()) {
                // the office's name and id come from the input: never a formula
                List<String> row = new ArrayList<>(List.of(CsvText.of(m.office()), CsvText.of(m.officeId().orElse("")),
                        Integer.toString(m.fiscalYear().buddhistEra()), m.score().official().toString(), m.grade().name(),
                        m.passed() ? s.text(Message.of("text.yes")) : s.text(Message.of("text.no")),
                        m.belowPassMark().keySet().stream().map(i -> Integer.toString(i.number())).collect(Collectors.joining(" "))));
                if (planned) {
                    OfficePlan plan = plans.get(m.key() + " " + m.fiscalYear());
                    if (plan == null) {
                        row.addAll(List.of("", "", ""));
                    } else {
                        row.add(plan.fewestPoints().shortBy().toString());
                        row.add(Figures.twoDecimals(plan.fewestPoints().points()));
                        row.add(plan.fewestPoints().changes().stream().map(c -> c.indicator().number() + ": "
                                + c.now().official() + " -> " + c.needed()).collect(Collectors.joining("; ")));
                    }
                }
                csv.writeRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}

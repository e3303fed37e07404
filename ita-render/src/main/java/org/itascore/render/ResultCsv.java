package org.itascore.render;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.List;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;

/**
 * Renders an office's result as CSV for spreadsheet users: a row per indicator (number, subject, score, grade,
 * passed, rank), a row per instrument, and the total, with the same conventions as {@link CohortCsv}: RFC 4180,
 * CRLF, a UTF-8 byte order mark, column names in the reader's language and numbers as plain ASCII decimals with
 * two places (never Thai digits), so that a spreadsheet reads them as numbers, and the office's name never a
 * formula ({@link CsvText}). Stateless and thread-safe.
 */
public final class ResultCsv {

    private ResultCsv() {
    }

    /**
     * {@return the result as CSV}
     *
     * @param a the assessment
     * @param s the reader's language
     */
    public static String render(Assessment a, Style s) {
        StringWriter out = new StringWriter();
        out.write(CohortCsv.BOM);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(List.of(s.text(Message.of("text.indicator3")), s.text(Message.of("text.subject")),
                    s.text(Message.of("text.score2")), s.text(Message.of("text.grade3")), s.text(Message.of("text.passed4")),
                    s.text(Message.of("text.rank2"))));
            for (IndicatorResult r : a.indicators()) {
                csv.writeRecord(List.of(Integer.toString(r.indicator().number()), r.indicator().title().in(s.language()),
                        r.score().toString(), r.grade().name(), yesNo(r.passed(), s), Integer.toString(r.rank())));
            }
            for (Instrument i : a.edition().instruments()) {
                csv.writeRecord(List.of(i.name(), i.title().in(s.language()), a.instrument(i).score().toString(), "", "", ""));
            }
            csv.writeRecord(List.of(s.text(Message.of("text.total")), CsvText.of(a.office()), a.score().toString(), a.grade().name(),
                    yesNo(a.passed(), s), ""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String yesNo(boolean passed, Style s) {
        return s.text(Message.of(passed ? "text.yes" : "text.no"));
    }
}

package org.itascore.csv;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Editions;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Any batch written as a Google Forms export and read back tallies as the batch itself: every answer in any of
 * the forms a sheet writes it (Thai or English label, ASCII or Thai digit, yes/no), skipped answers, any
 * number of rows, CRLF or LF, with or without a byte order mark.
 */
class CsvRoundTripTest {

    private static final long SEED = 2569L;
    private static final Questionnaire Q = Questionnaire.STANDARD;
    private static final Instrument EIT = Instrument.EIT;

    /** A response as codes per question: code % 5 is 0 when unanswered, else the option + 1; code / 5 the form it is written in. */
    private static Gen<List<List<Integer>>> batches() {
        return lists().of(lists().of(integers().between(0, 5 * 5 - 1)).ofSize(Q.questions(EIT).size())).ofSizeBetween(0, 30);
    }

    private static String written(Question q, int option, int form) {
        Answer a = Answer.ofOption(q.kind(), option);
        return switch (form) {
            case 0 -> a.label(q.kind()).thai();
            case 1 -> a.label(q.kind()).english();
            case 2 -> q.kind() == QuestionKind.YES_NO ? a.text() : Integer.toString(option + 1);
            case 3 -> q.kind() == QuestionKind.YES_NO ? a.text().toUpperCase(java.util.Locale.ROOT)
                    : Character.toString((char) ('๑' + option));
            default -> " " + a.label(q.kind()).thai() + " ";
        };
    }

    @Test
    void anyBatchWrittenAsCsvAndReadBackTalliesTheSame() {
        System.out.println("CsvRoundTripTest: QuickTheories seed " + SEED);
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300).forAll(batches(), integers().between(0, 3)).check((rows, style) -> {
            List<Question> questions = Q.questions(EIT);
            Tally.Accumulator expected = Tally.accumulator(Q, EIT);
            StringWriter text = new StringWriter();
            try (CsvWriter csv = CsvWriter.builder().lineDelimiter(style % 2 == 0 ? LineDelimiter.CRLF : LineDelimiter.LF).build(text)) {
                List<String> header = new ArrayList<>(List.of(style < 2 ? "ประทับเวลา" : "Timestamp"));
                for (int i = 0; i < questions.size(); i++) {
                    header.add((i % 2 == 0 ? (i + 1) + ". " : "ข้อ " + (i + 1) + " ") + "คำถาม, ที่\n" + (i + 1));
                }
                csv.writeRecord(header);
                for (List<Integer> codes : rows) {
                    Response.Builder response = Response.builder(Q, EIT);
                    List<String> cells = new ArrayList<>(List.of("22/11/2569, 10:15:30"));
                    for (int i = 0; i < questions.size(); i++) {
                        Question q = questions.get(i);
                        int option = codes.get(i) % 5 % (q.kind().options() + 1) - 1;
                        if (option < 0) {
                            cells.add("");
                        } else {
                            response.answer(q.id(), Answer.ofOption(q.kind(), option));
                            cells.add(written(q, option, codes.get(i) / 5));
                        }
                    }
                    csv.writeRecord(cells);
                    expected.add(response.build());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] bytes = ((style == 1 ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
            TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2566)).office("x").build();
            SheetFiles.readResponses(in, EIT, "eit.csv", new ByteArrayInputStream(bytes));
            if (rows.isEmpty()) {
                // no rows: nothing to score, and said so
                return org.junit.jupiter.api.Assertions.assertThrows(org.itascore.table.ImportException.class, in::result)
                        .sheets().get(0).problems().get(0).rule().equals("the sheets have no rows of answers");
            }
            return in.result().offices().get(0).batch().eit().equals(expected.toTally());
        });
    }
}

package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.edition.Editions;
import org.itascore.table.ImportException;
import org.itascore.table.SheetReport;
import org.itascore.table.TableImport;

/**
 * A coverage-guided fuzz target (Jazzer) for the workbook reader: the fuzzer writes a workbook's sheet, shared texts
 * and styles as XML, zipped as a workbook is ({@link org.itascore.csv.fixtures.Workbooks#workbook}), and the workbook
 * is read as an IIT responses export or as a checklist sheet. The only outcomes allowed are rows read or the sheet's
 * problems in the library's words; never an exception of the parser or the reader. {@code .ci/run} fuzzes it with a
 * heap of 256 MiB and a timeout of 2 s per input, so that a workbook taking more of either is a finding.
 *
 * <p>In every build this runs as a regression test over the inputs in
 * {@code src/test/resources/org/itascore/csv/WorkbookFuzzTestInputs/workbooks}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class WorkbookFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void workbooks(FuzzedDataProvider data) {
        boolean checklist = data.consumeBoolean();
        String styles = data.consumeBoolean() ? data.consumeString(400) : null;
        String shared = data.consumeBoolean() ? data.consumeString(400) : null;
        String rows = data.consumeRemainingAsString();
        byte[] workbook = org.itascore.csv.fixtures.Workbooks.workbook(rows, shared, styles);
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("สพป.ทดสอบ").build();
        if (checklist) {
            SheetFiles.readChecklist(in, "oit.xlsx", new ByteArrayInputStream(workbook));
        } else {
            SheetFiles.readResponses(in, Instrument.IIT, "iit.xlsx", new ByteArrayInputStream(workbook));
        }
        try {
            in.result();
        } catch (ImportException e) {
            for (SheetReport sheet : e.sheets()) {
                sheet.problems().forEach(WorkbookFuzzTest::inOwnWords);
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(WorkbookFuzzTest::inOwnWords);
        }
    }

    private static void inOwnWords(Problem p) {
        String rule = p.rule(org.itascore.Language.ENGLISH);
        assertTrue(!rule.contains("Exception") && !rule.contains("java.") && !rule.contains("org."), rule);
    }
}

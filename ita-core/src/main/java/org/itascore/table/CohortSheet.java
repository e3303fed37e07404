package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.Decimals;
import org.itascore.InvalidInputException;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.cohort.CohortBuilder;
import org.itascore.edition.Editions;
import org.itascore.report.ReportRequest;

/**
 * The rules of a cohort kept as a spreadsheet, one row per office and fiscal year, as supervisors keep them: which
 * column is the office, its id, the fiscal year, the edition and each indicator's score, and how a row becomes one
 * record of a {@link CohortBuilder}. The columns are told by their headers, in Thai or English:
 *
 * <ul>
 *   <li>the office: {@code office}, {@code หน่วยงาน}, {@code ชื่อหน่วยงาน}, {@code สถานศึกษา}, {@code โรงเรียน},
 *       {@code school} (required);</li>
 *   <li>its id: {@code officeId}, {@code รหัส}, {@code รหัสหน่วยงาน}, {@code รหัสสถานศึกษา}, {@code code};</li>
 *   <li>the fiscal year: {@code fiscalYear}, {@code ปีงบประมาณ}, {@code ปี}, {@code year} (required);</li>
 *   <li>the edition: {@code edition}, {@code ฉบับ}, {@code ฉบับเกณฑ์};</li>
 *   <li>indicator N's score: a header that is the number, or starts with it after {@code indicator} or
 *       {@code ตัวชี้วัดที่}: {@code 1}, {@code indicator 1}, {@code ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่}, with ASCII or
 *       Thai digits (at least one).</li>
 * </ul>
 *
 * <p>Any other column (a printed total, a grade, a note) is not read. A row is read as the typed results of
 * {@link ReportRequest}: a row whose cells break a rule is left out of the cohort with its problems, located at the
 * request's fields, the rest scored. Immutable once made; {@link #add} is as thread-safe as the builder it feeds.
 */
public final class CohortSheet {

    private static final ImmutableSet<String> OFFICE = ImmutableSet.of("office", "หน่วยงาน", "ชื่อหน่วยงาน", "สถานศึกษา",
            "ชื่อสถานศึกษา", "โรงเรียน", "school");
    private static final ImmutableSet<String> OFFICE_ID = ImmutableSet.of("officeid", "office id", "รหัส", "รหัสหน่วยงาน",
            "รหัสสถานศึกษา", "code");
    private static final ImmutableSet<String> YEAR = ImmutableSet.of("fiscalyear", "fiscal year", "ปีงบประมาณ", "ปี", "year");
    private static final ImmutableSet<String> EDITION = ImmutableSet.of("edition", "ฉบับ", "ฉบับเกณฑ์");
    private static final Pattern INDICATOR = Pattern.compile("(?:indicator\\s*|ตัวชี้วัดที่\\s*)?(10|[1-9])(?![0-9])(?:[\\s.:)].*)?");

    private final Editions editions;
    private final int office;
    private final int officeId;
    private final int year;
    private final int edition;
    private final int[] indicators;

    private CohortSheet(Editions editions, int office, int officeId, int year, int edition, int[] indicators) {
        this.editions = editions;
        this.office = office;
        this.officeId = officeId;
        this.year = year;
        this.edition = edition;
        this.indicators = indicators;
    }

    /**
     * Reads a cohort sheet's header row.
     *
     * @param editions the editions the rows' years and editions are resolved in
     * @param headers the header row
     * @return the sheet's columns
     * @throws InvalidInputException located at the header row ({@link Cells}) if a required column is missing
     *     ({@code cohort.sheetColumns}) or a column is given twice ({@code cohort.sheetColumnTwice})
     */
    public static CohortSheet of(Editions editions, List<String> headers) {
        requireNonNull(editions, "editions");
        int office = -1;
        int officeId = -1;
        int year = -1;
        int edition = -1;
        int[] indicators = new int[10];
        java.util.Arrays.fill(indicators, -1);
        List<Problem> problems = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String key = Decimals.toAscii(HeaderText.key(headers.get(c)));
            if (OFFICE.contains(key)) {
                office = twice(problems, headers, office, c);
            } else if (OFFICE_ID.contains(key)) {
                officeId = twice(problems, headers, officeId, c);
            } else if (YEAR.contains(key)) {
                year = twice(problems, headers, year, c);
            } else if (EDITION.contains(key)) {
                edition = twice(problems, headers, edition, c);
            } else {
                Matcher m = INDICATOR.matcher(key);
                if (m.matches()) {
                    int index = Integer.parseInt(m.group(1)) - 1;
                    indicators[index] = twice(problems, headers, indicators[index], c);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        // the columns as a header names them, the same in both languages
        if (office < 0) {
            missing.add("office/หน่วยงาน");
        }
        if (year < 0) {
            missing.add("fiscalYear/ปีงบประมาณ");
        }
        if (java.util.Arrays.stream(indicators).allMatch(i -> i < 0)) {
            missing.add("1-10/ตัวชี้วัดที่ 1-10");
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(Cells.row(0), null, Message.of("cohort.sheetColumns", String.join(", ", missing))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CohortSheet(editions, office, officeId, year, edition, indicators);
    }

    private static int twice(List<Problem> problems, List<String> headers, int earlier, int column) {
        if (earlier >= 0) {
            problems.add(new Problem(org.itascore.ProblemKind.DUPLICATE, Cells.cell(0, column), headers.get(column),
                    Message.of("cohort.sheetColumnTwice", Cells.letter(earlier))));
            return earlier;
        }
        return column;
    }

    /**
     * Adds one row to a cohort: a member when its cells make a report the engine assesses, else a record left out
     * with its problems (or, for a strict builder, the refusal).
     *
     * @param builder the cohort being built
     * @param cells the row's cells, as read
     * @throws InvalidInputException if the builder is strict and the row has a problem
     */
    public void add(CohortBuilder builder, List<String> cells) {
        requireNonNull(builder, "builder");
        String name = cell(cells, office);
        try {
            ReportRequest.Builder row = ReportRequest.builder(editions).office(name).officeId(cell(cells, officeId))
                    .fiscalYear(cell(cells, year)).edition(cell(cells, edition));
            for (int i = 0; i < indicators.length; i++) {
                row.score(i + 1, cell(cells, indicators[i]));
            }
            builder.add(row.build().report());
        } catch (InvalidInputException e) {
            builder.refuse(Optional.ofNullable(name), e);
        }
    }

    /** {@return a cell's text, or null when the column is absent, the row shorter, or the cell blank} */
    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        return cells.get(column).strip();
    }
}

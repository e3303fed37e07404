package org.itascore.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.OfficeName;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;

/**
 * The front door of "we have our official results": an office's ten indicator scores as a person types them (or
 * pastes them as one row copied from a spreadsheet or from ITAS), its name and fiscal year, and the edition if not
 * the year's default. A form, a query or a script maps its fields onto this request; every rule of the typed input
 * is here, once.
 *
 * <p>The request's fields, where its problems are located: {@code office}, {@code fiscalYear}, {@code edition},
 * {@code indicators/N} for indicator N's score, {@code scores} for a pasted row, and {@code history/N} for the
 * N-th line (from 0, blank lines counted and skipped) of the earlier years' results, which the annual analysis
 * compares with.
 *
 * <pre>{@code
 * Assessment a = ReportRequest.builder(Editions.builtIn()).office("สพม.ขอนแก่น").fiscalYear("2566")
 *         .scores("98.71\t90.03\t95.49\t94.20\t93.24\t90.87\t91.14\t88.02\t90.00\t83.75").build().run();
 * a.score();   // 90.05
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ReportRequest {

    /** A pasted row's separators: tabs (a spreadsheet's cells), commas, semicolons or spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\t,;\\s\\u00A0]+");

    private final Editions editions;
    private final IndicatorReport report;

    private ReportRequest(Editions editions, IndicatorReport report) {
        this.editions = editions;
        this.report = report;
    }

    /**
     * {@return a request to fill in}
     *
     * @param editions the editions the fiscal year and the edition's id are resolved against
     */
    public static Builder builder(Editions editions) {
        return new Builder(requireNonNull(editions, "editions"));
    }

    /** {@return the report the request holds: office, year, edition and scores, nothing printed besides} */
    public IndicatorReport report() {
        return report;
    }

    /**
     * Assesses the report under its edition.
     *
     * @return the assessment
     * @throws InvalidInputException if the scores do not fit the edition (an indicator it needs is missing, or one
     *     it does not use is given), located at {@code indicators/N}
     */
    public Assessment run() {
        return report.assess(editions);
    }

    /** The typed fields, each kept as given until {@link #build()} checks them all. Not thread-safe. */
    public static final class Builder {
        private final Editions editions;
        private String office;
        private String officeId;
        private String fiscalYear;
        private String edition;
        private String row;
        private String history;
        private final TreeMap<Integer, String> scores = new TreeMap<>();

        private Builder(Editions editions) {
            this.editions = editions;
        }

        /**
         * Names the office.
         *
         * @param name the office's name as typed; null when not given
         * @return this builder
         */
        public Builder office(String name) {
            this.office = name;
            return this;
        }

        /**
         * Gives the office's identifier (an ESA or school code), which tells offices of one name apart.
         *
         * @param id the identifier as typed; null when not given
         * @return this builder
         */
        public Builder officeId(String id) {
            this.officeId = id;
            return this;
        }

        /**
         * Gives the fiscal year.
         *
         * @param text a Buddhist Era year as typed, such as {@code "2569"} or {@code "๒๕๖๙"}; null when not given
         * @return this builder
         */
        public Builder fiscalYear(String text) {
            this.fiscalYear = text;
            return this;
        }

        /**
         * Names the edition; without one, the year's default edition is used.
         *
         * @param id the edition's id; null when not given
         * @return this builder
         */
        public Builder edition(String id) {
            this.edition = id;
            return this;
        }

        /**
         * Gives one indicator's score.
         *
         * @param number the indicator's number, 1 to 10
         * @param text the score as typed, ASCII or Thai digits; null when not given
         * @return this builder
         */
        public Builder score(int number, String text) {
            if (text != null) {
                scores.put(number, text);
            }
            return this;
        }

        /**
         * Gives the scores as one pasted row: indicator 1's score first, separated by tabs, commas, semicolons or
         * spaces, as a spreadsheet's row or an ITAS table row copies.
         *
         * @param pasted the row; null when not given
         * @return this builder
         */
        public Builder scores(String pasted) {
            this.row = pasted;
            return this;
        }

        /**
         * Gives the office's results of earlier years, as typed or pasted: a line per year, its fiscal year and total,
         * and optionally its grade ({@code 2565 90.53 A}), separated by tabs, commas or spaces.
         *
         * @param lines the lines; null or blank when not given
         * @return this builder
         */
        public Builder history(String lines) {
            this.history = lines;
            return this;
        }

        /**
         * Checks every field and returns the request.
         *
         * @return the request
         * @throws InvalidInputException listing every problem, each at its field
         */
        public ReportRequest build() {
            List<Problem> problems = new ArrayList<>();
            String name = office == null ? null : InvalidInputException.collect(problems, () -> OfficeName.of(office).text());
            if (office == null) {
                problems.add(new Problem(ProblemKind.MISSING, OfficeName.FIELD, null, Message.of("office.blank")));
            }
            FiscalYear year = null;
            if (fiscalYear == null) {
                problems.add(new Problem(ProblemKind.MISSING, Location.of("fiscalYear"), null, Message.of("report.fiscalYear")));
            } else {
                year = InvalidInputException.collect(problems, () -> {
                    try {
                        return FiscalYear.parse(fiscalYear);
                    } catch (InvalidInputException e) {
                        throw e.at(Location.of("fiscalYear"));
                    }
                });
            }
            IndicatorScores indicators = InvalidInputException.collect(problems, () -> indicators(problems));
            List<PublishedHistoryRow> rows = history(problems);
            Published published = rows.isEmpty() ? Published.NOTHING : InvalidInputException.collect(problems, () -> new Published(Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), com.google.common.collect.ImmutableMap.of(),
                    com.google.common.collect.ImmutableMap.of(), com.google.common.collect.ImmutableList.copyOf(rows)));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            IndicatorReport report = new IndicatorReport(name, year, Optional.ofNullable(edition), indicators, published,
                    Optional.ofNullable(officeId));
            // the edition is resolved against the year: an unknown id or a year it does not cover is refused here
            report.resolveEdition(editions);
            return new ReportRequest(editions, report);
        }

        private List<PublishedHistoryRow> history(List<Problem> problems) {
            List<PublishedHistoryRow> rows = new ArrayList<>();
            if (history == null || history.isBlank()) {
                return rows;
            }
            String[] lines = history.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                Location at = Location.of("history").index(i);
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue; // a blank line between rows, as a pasted table may have
                }
                String[] cells = SEPARATORS.split(line);
                if (cells.length < 2 || cells.length > 3) {
                    problems.add(new Problem(at, lines[i], Message.of("report.historyLine")));
                    continue;
                }
                List<Problem> own = new ArrayList<>();
                FiscalYear year = InvalidInputException.collect(own, () -> {
                    try {
                        return FiscalYear.parse(cells[0]);
                    } catch (InvalidInputException e) {
                        throw e.at(at.property("fiscalYear"));
                    }
                });
                org.itascore.Score score = InvalidInputException.collect(own, () -> {
                    try {
                        return org.itascore.Score.parse(cells[1]);
                    } catch (InvalidInputException e) {
                        throw e.at(at.property("score"));
                    }
                });
                Optional<org.itascore.Grade> grade = cells.length < 3 ? Optional.empty() : Optional.ofNullable(InvalidInputException.collect(own, () -> {
                    try {
                        return org.itascore.Grade.parse(cells[2]);
                    } catch (InvalidInputException e) {
                        throw e.at(at.property("grade"));
                    }
                }));
                problems.addAll(own);
                if (own.isEmpty()) {
                    rows.add(new PublishedHistoryRow(year, score, grade, Optional.empty(), Optional.empty()));
                }
            }
            return rows;
        }

        private IndicatorScores indicators(List<Problem> problems) {
            IndicatorScores.Builder builder = IndicatorScores.builder();
            if (row != null && !scores.isEmpty()) {
                problems.add(new Problem(ProblemKind.CONFLICT, Location.of("scores"), row, Message.of("report.scoresTwice")));
                return null;
            }
            if (row != null) {
                String[] cells = SEPARATORS.split(row.strip());
                if (cells.length > Indicator.values().length || row.isBlank()) {
                    problems.add(new Problem(Location.of("scores"), row,
                            Message.of("report.rowLength", Indicator.values().length, row.isBlank() ? 0 : cells.length)));
                    return null;
                }
                for (int i = 0; i < cells.length; i++) {
                    builder.put(i + 1, cells[i]);
                }
            } else {
                scores.forEach(builder::put);
            }
            return builder.build();
        }

    }
}

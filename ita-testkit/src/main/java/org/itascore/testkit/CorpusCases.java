package org.itascore.testkit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.RawInput;
import org.itascore.json.SurveyBatchWriter;
import org.itascore.oit.ChecklistInput;
import org.itascore.raw.Populations;
import org.itascore.raw.RawRequest;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;

/**
 * The cases of the conformance corpus ({@link Conformance#generate}), shaped like real results: the rounding edges
 * first, then cases made rule by rule (ties, half-even ties, a total of exactly the pass mark, an instrument under
 * the mark with a total above it, scores off the two-decimal grid), then the rest aimed at a mix of results, most of
 * them passing, every grade and every verdict of each edition with verdicts several times; every tenth case an
 * office's raw data (format 9) rather than its report, every twentieth its Google Forms exports. Aimed results are
 * found by drawing indicator scores in windows of the scale until the assessment has the aim: the draw is seeded, so
 * a seed gives the same cases.
 */
final class CorpusCases {

    private CorpusCases() {
    }

    /**
     * One case: its kind ({@code report}, {@code raw} or {@code sheets}), its edition, its files (by name: the
     * input, or the exports and the fields), the library's output for it, and what it covers.
     */
    record Case(String kind, Edition edition, java.util.Map<String, String> files, String expected, List<String> covers) {
    }

    /**
     * The grades aimed at, in turn, across the editions without verdicts: of every seventeen, twelve pass (AA or A),
     * as most offices do (FY2568: 94% of 8,317 agencies passed), and each failing grade comes once.
     */
    static final List<Grade> GRADES = List.of(Grade.A, Grade.AA, Grade.A, Grade.B, Grade.AA, Grade.A, Grade.A, Grade.C, Grade.AA,
            Grade.A, Grade.D, Grade.A, Grade.AA, Grade.A, Grade.E, Grade.AA, Grade.F);

    /** The verdicts aimed at, in turn, for an edition with verdicts: each of the five, three of them passing. */
    static final List<Verdict> VERDICTS = List.of(Verdict.GOOD_PASS, Verdict.EXCELLENT_PASS, Verdict.PASS,
            Verdict.NEEDS_IMPROVEMENT, Verdict.NEEDS_URGENT_IMPROVEMENT);

    /** The windows scores are drawn in, each indicator's score uniform in one, until a draw has the aim. */
    private static final int[][] WINDOWS = {{95, 100}, {88, 99}, {85, 95}, {80, 97}, {75, 90}, {65, 85}, {50, 75}, {30, 70},
        {0, 55}, {0, 100}, {70, 100}};

    /** How many draws a case may take to reach its aim before it takes what it drew. */
    private static final int TRIES = 5_000;

    /** The cases made rule by rule, after the edges. */
    static final List<String> RULES = List.of("tie", "half-even", "exact-pass-mark", "instrument-under-total-over", "off-grid");

    static Case report(Editions editions, Edition e, String office, IndicatorScores scores, SplittableRandom random,
            List<String> covers) {
        ItaJson json = ItaJson.standard();
        List<FiscalYear> years = List.copyOf(e.fiscalYears());
        IndicatorReport report = new IndicatorReport(office, years.get(random.nextInt(years.size())), Optional.of(e.id()), scores,
                Published.NOTHING);
        String input = json.writeValue(report);
        // the expected output is of the input as written: a score with no finite decimal is written rounded
        Assessment a = json.readReport(input).assess(editions);
        List<String> all = new ArrayList<>(covers);
        all.addAll(covered(a));
        return new Case("report", e, java.util.Map.of(Conformance.INPUT, input), json.write(a), List.copyOf(all));
    }

    /** {@return what an assessment covers: its grade, whether it passed, its verdict, ties of rank} */
    static List<String> covered(Assessment a) {
        List<String> c = new ArrayList<>();
        c.add("grade " + a.grade().name());
        c.add(a.passed() ? "passed" : "not passed");
        a.verdict().ifPresent(v -> c.add("verdict " + v.name()));
        if (a.indicators().stream().map(IndicatorResult::rank).distinct().count() < a.indicators().size()) {
            c.add("tied ranks");
        }
        return c;
    }

    /** {@return scores for a case made by a rule} */
    static IndicatorScores byRule(Editions editions, Edition e, String rule, SplittableRandom random) {
        return switch (rule) {
            // two indicators of one score under the pass mark: the rank is shared and the next skipped, and of the two
            // below the mark the smaller number comes first
            case "tie" -> aimed(editions, e, random, a -> a.belowPassMark().size() >= 2, s -> {
                List<Indicator> is = List.copyOf(e.indicators());
                s.put(is.get(4), Score.parse("80.50"));
                s.put(is.get(1), Score.parse("80.50"));
            });
            // every indicator 84.985: the total's third decimal is a 5 after an even digit, half up 84.99, half even 84.98
            case "half-even" -> all(e, Score.parse("84.985"));
            case "exact-pass-mark" -> all(e, e.passMark());
            case "instrument-under-total-over" -> aimed(editions, e, random, a -> a.passed()
                    && a.instruments().stream().anyMatch(i -> i.score().compareTo(e.passMark()) < 0), s -> { });
            // scores with more than two decimals, so that only the total is rounded
            case "off-grid" -> aimed(editions, e, random, a -> a.passed(), s -> {
                for (Indicator i : e.indicators()) {
                    s.put(i, Score.of(new BigDecimal(80 + random.nextInt(20) + "." + String.format("%04d", random.nextInt(10_000)))));
                }
            });
            default -> throw new IllegalArgumentException(rule);
        };
    }

    private static IndicatorScores all(Edition e, Score score) {
        IndicatorScores.Builder b = IndicatorScores.builder();
        e.indicators().forEach(i -> b.put(i, score));
        return b.build();
    }

    /** {@return scores aimed at a grade, or at a verdict for an edition with verdicts} */
    static IndicatorScores aimedAt(Editions editions, Edition e, int turn, SplittableRandom random) {
        if (e.verdictScheme().isPresent()) {
            Verdict v = VERDICTS.get(turn % VERDICTS.size());
            return aimed(editions, e, random, a -> a.verdict().orElseThrow() == v, s -> { });
        }
        Grade g = GRADES.get(turn % GRADES.size());
        return aimed(editions, e, random, a -> a.grade() == g, s -> { });
    }

    /** A change made to drawn scores before they are assessed. */
    private interface Touch {
        void apply(java.util.Map<Indicator, Score> scores);
    }

    private static IndicatorScores aimed(Editions editions, Edition e, SplittableRandom random, Predicate<Assessment> aim, Touch touch) {
        IndicatorScores last = null;
        for (int t = 0; t < TRIES; t++) {
            int[] w = WINDOWS[random.nextInt(WINDOWS.length)];
            java.util.Map<Indicator, Score> drawn = new java.util.LinkedHashMap<>();
            for (Indicator i : e.indicators()) {
                int cents = w[0] * 100 + random.nextInt((w[1] - w[0]) * 100 + 1);
                drawn.put(i, Score.of(BigDecimal.valueOf(cents, 2)));
            }
            touch.apply(drawn);
            IndicatorScores.Builder b = IndicatorScores.builder();
            drawn.forEach(b::put);
            last = b.build();
            Assessment a = new IndicatorReport("สพป.ทดสอบ", e.fiscalYears().first(), Optional.of(e.id()), last, Published.NOTHING).assess(editions);
            if (aim.test(a)) {
                return last;
            }
        }
        return last;
    }

    /**
     * {@return an office's raw data as a case: a survey batch and an OIT checklist (format 9) and the raw result},
     * the answers drawn on each question's own scale (four or six levels, yes/no, reversed questions as the
     * questionnaire has them), some responses blank, some items unpublished; every third such case with too few
     * respondents for the survey's rule
     */
    static Case raw(Editions editions, Edition e, String office, int turn, SplittableRandom random) {
        ItaJson json = ItaJson.standard();
        Questionnaire q = e.questionnaire().orElseThrow();
        FiscalYear year = e.fiscalYears().first();
        int respondents = turn % 3 == 2 ? 2 : 12 + random.nextInt(20);
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        int blank = 0;
        try (SurveyBatchWriter w = json.surveyBatchWriter(batch, e, office, year, Populations.of(60, 400))) {
            for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
                Generator<Response> responses = Generators.responses(q, instrument);
                for (int k = 0; k < respondents; k++) {
                    if (k % 7 == 6) {
                        w.write(Response.builder(q, instrument).build()); // a response with no answer
                        blank++;
                    } else {
                        w.write(responses.next(random, 0));
                    }
                }
            }
        }
        ChecklistInput checklist = Generators.checklists(e.oitCatalogue().orElseThrow()).next(random, 0);
        String input = "{\"batch\":" + batch.toString(StandardCharsets.UTF_8).strip() + ",\"checklist\":"
                + json.writeValue(checklist).strip() + "}\n";
        RawInput read = json.readRawInput(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), n -> { });
        var result = RawRequest.builder(read.batch(), read.checklist()).build().run();
        List<String> covers = new ArrayList<>(List.of("raw data", "scale of " + e.id(), "unpublished OIT items"));
        if (blank > 0) {
            covers.add("blank responses");
        }
        if (respondents < 5) {
            covers.add("too few respondents");
        }
        covers.addAll(covered(result.assessment()));
        return new Case("raw", e, java.util.Map.of(Conformance.INPUT, input), json.write(result), List.copyOf(covers));
    }

    /**
     * {@return an office's Google Forms exports as a case}: an IIT and an EIT responses export as Google Forms
     * writes them (CSV, a timestamp column, a header per question starting with its number, the answers as the
     * form's Thai labels, a blank cell for a question left out), an OIT checklist sheet (item, มี/ไม่มี, URL), and
     * the fields of the upload ({@code fields.json}); the expected result is what the library's own import of
     * those files gives
     */
    static Case sheets(Editions editions, Edition e, String office, SplittableRandom random) {
        Questionnaire q = e.questionnaire().orElseThrow();
        FiscalYear year = e.fiscalYears().first();
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
            List<org.itascore.survey.Question> questions = q.questions(instrument);
            StringBuilder csv = new StringBuilder("ประทับเวลา");
            for (int i = 0; i < questions.size(); i++) {
                csv.append(',').append(i + 1).append(". ข้อคำถาม ").append(instrument.name()).append(" ข้อ ").append(i + 1);
            }
            csv.append("\r\n");
            Generator<Response> responses = Generators.responses(q, instrument);
            int respondents = 10 + random.nextInt(16);
            for (int k = 0; k < respondents; k++) {
                Response r = responses.next(random, 0);
                // a time in June of the fiscal year, B.E., as a Thai-locale export writes it
                csv.append(1 + k % 28).append("/6/").append(year.buddhistEra()).append(' ').append(8 + k % 9).append(':')
                        .append(String.format("%02d:%02d", k % 60, (k * 7) % 60));
                for (org.itascore.survey.Question question : questions) {
                    csv.append(',').append(r.answer(question).map(a -> question.kind().labels().get(a.option())
                            .in(org.itascore.Language.THAI)).orElse(""));
                }
                csv.append("\r\n");
            }
            files.put(instrument.name().toLowerCase(java.util.Locale.ROOT) + ".csv", csv.toString());
        }
        ChecklistInput checklist = Generators.checklists(e.oitCatalogue().orElseThrow()).next(random, 0);
        StringBuilder oit = new StringBuilder("ข้อ,มี/ไม่มี,URL\r\n");
        checklist.entries().forEach(x -> oit.append(x.item()).append(',').append(x.present() ? "มี" : "ไม่มี").append(',')
                .append(x.evidence().map(Object::toString).orElse("")).append("\r\n"));
        files.put("oit.csv", oit.toString());
        String fields = "{\"office\": \"" + office + "\", \"fiscalYear\": \"" + year.buddhistEra() + "\", \"edition\": \"" + e.id() + "\"}\n";
        files.put("fields.json", fields);
        // the expected result: the files through the library's own import, as ita score --iit --eit --oit reads them
        org.itascore.table.SheetsRequest request = org.itascore.table.SheetsRequest.builder(editions).sheets(true, true, true)
                .fiscalYear(Integer.toString(year.buddhistEra())).office(office).edition(e.id()).build();
        org.itascore.table.TableImport in = request.open();
        for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
            String name = instrument.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
            org.itascore.csv.SheetFiles.readResponses(in, instrument, name,
                    new java.io.ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
        }
        org.itascore.csv.SheetFiles.readChecklist(in, "oit.csv", new java.io.ByteArrayInputStream(oit.toString().getBytes(StandardCharsets.UTF_8)));
        var result = request.score(in.result(), null).get(0);
        List<String> covers = new ArrayList<>(List.of("Google Forms exports", "labels of " + e.id(), "unpublished OIT items"));
        covers.addAll(covered(result.assessment()));
        return new Case("sheets", e, files, ItaJson.standard().write(result), List.copyOf(covers));
    }

    /** {@return the editions a raw-data case can be of: with a questionnaire and an OIT catalogue} */
    static List<Edition> rawEditions(Editions editions) {
        return editions.all().stream().filter(e -> e.questionnaire().isPresent() && e.oitCatalogue().isPresent()).toList();
    }

    /** {@return the set of verdicts an edition gives, empty without} */
    static TreeSet<Verdict> verdicts(Edition e) {
        TreeSet<Verdict> out = new TreeSet<>();
        e.verdictScheme().ifPresent(s -> s.rules().forEach(r -> out.add(r.verdict())));
        return out;
    }
}

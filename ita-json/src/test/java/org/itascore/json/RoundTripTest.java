package org.itascore.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.itascore.Bilingual;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.Weight;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.VerdictScheme;
import org.itascore.history.Trend;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitItem;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.report.PublishedHistoryRow;
import org.itascore.report.PublishedIndicator;
import org.itascore.survey.Answer;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Every input, edition and result type serializes and reads back equal, over generated values. */
class RoundTripTest {

    private static final long SEED = 0x17A2566L;
    private static final ItaJson JSON = ItaJson.standard();

    private static QuickTheory qt(String property) {
        System.out.println("QuickTheories: " + property + ", seed " + SEED + ", 1000 examples");
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(1000);
    }

    private static ByteArrayInputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<List<Integer>> tenScores() {
        return lists().of(integers().between(0, 10_000)).ofSize(10);
    }

    private static IndicatorScores scores(List<Integer> hundredths) {
        IndicatorScores.Builder b = IndicatorScores.builder();
        for (int i = 0; i < hundredths.size(); i++) {
            b.put(i + 1, Score.of(BigDecimal.valueOf(hundredths.get(i), 2)));
        }
        return b.build();
    }

    @Test
    void aReportScoreWithNoFiniteDecimalIsWrittenAsItsFractionAndReadsBackTheSame() {
        String json = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":\"200/3\",\"2\":90,\"3\":90,\"4\":90,"
                + "\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90.125}}";
        org.itascore.report.IndicatorReport report = JSON.readReport(json);
        String written = JSON.compact().writeValue(report);
        // 200/3 is 66.666..., no finite decimal: as its fraction, not 66.67; 90.125 is finite: a number, all its decimals
        assertEquals(true, written.contains("\"1\":\"200/3\""), written);
        assertEquals(true, written.contains("\"10\":90.125"), written);
        org.itascore.report.IndicatorReport back = JSON.readReport(written);
        assertEquals(report.indicators(), back.indicators());
        assertEquals(report.assess(Editions.builtIn()).exactScore(), back.assess(Editions.builtIn()).exactScore());
    }

    @Test
    void everyBuiltInEditionRoundTrips() {
        for (Edition e : Editions.builtIn().all()) {
            assertEquals(e, JSON.readEdition(in(JSON.writeValue(e))), e.id());
        }
    }

    @Test
    void generatedEditionsRoundTrip() {
        qt("editions round-trip").forAll(integers().between(1, 97), integers().between(1, 97), booleans().all(),
                integers().between(0, 2)).check((a, b, verdicts, scale) -> {
                    int iit = Math.min(a, 98 - 1);
                    int eit = Math.min(b, 99 - iit);
                    Edition.Builder builder = Edition.builder("gen-" + a + "-" + b)
                            .title(Bilingual.of("ทดลอง", "Generated")).fiscalYear(FiscalYear.of(2568))
                            .instrument(Instrument.IIT, Weight.ofFraction(iit, 100), Map.of(
                                    Indicator.PERFORMANCE_OF_DUTY, Weight.ofFraction(1, 3), Indicator.USE_OF_BUDGET, Weight.ofFraction(2, 3)))
                            .instrument(Instrument.EIT, Weight.ofFraction(eit, 100), Indicator.QUALITY_OF_OPERATIONS)
                            .instrument(Instrument.OIT, Weight.ofFraction(100 - iit - eit, 100),
                                    Indicator.INFORMATION_DISCLOSURE, Indicator.CORRUPTION_PREVENTION)
                            .answerScale(List.of(AnswerScale.EXACT_THIRDS, AnswerScale.ROUNDED_THIRDS, AnswerScale.QUARTERS).get(scale))
                            .questionnaire(Questionnaire.of(List.of(
                                    Question.fourLevel("q1", Instrument.IIT, Indicator.PERFORMANCE_OF_DUTY),
                                    Question.fourLevel("q2", Instrument.IIT, Indicator.USE_OF_BUDGET),
                                    new Question("q3", Instrument.EIT, Indicator.QUALITY_OF_OPERATIONS, QuestionKind.YES_NO, true,
                                            Optional.of(Bilingual.of("ถาม", "ask"))))))
                            .oitCatalogue(OitCatalogue.CLASSIC);
                    if (verdicts) {
                        builder.verdictScheme(VerdictScheme.NACC_2567);
                    }
                    Edition edition = builder.build();
                    return JSON.readEdition(in(JSON.writeValue(edition))).equals(edition);
                });
    }

    @Test
    void reportsRoundTrip() {
        qt("reports round-trip").forAll(tenScores(), integers().between(0, 10_000), integers().between(0, 6), booleans().all())
                .check((cents, total, grade, full) -> {
                    Published published = Published.NOTHING;
                    if (full) {
                        Map<Indicator, PublishedIndicator> printed = new EnumMap<>(Indicator.class);
                        printed.put(Indicator.ofNumber(1 + total % 10), new PublishedIndicator(Optional.of(Grade.values()[grade]),
                                Optional.of(total % 2 == 0), OptionalInt.of(1 + total % 10)));
                        published = new Published(Optional.of(Score.of(BigDecimal.valueOf(total, 2))),
                                Optional.of(Grade.values()[grade]), Optional.of(total % 3 == 0), Optional.of(Verdict.values()[grade % 5]),
                                ImmutableMap.of(Instrument.OIT, Score.of(BigDecimal.valueOf(total, 2))), ImmutableMap.copyOf(printed),
                                ImmutableList.of(new PublishedHistoryRow(FiscalYear.of(2565), Score.of(BigDecimal.valueOf(total, 2)),
                                        Optional.empty(), Optional.of(new BigDecimal("-0.43")), Optional.of(Trend.DECLINED))));
                    }
                    IndicatorReport report = new IndicatorReport("สพม.ทดลอง", FiscalYear.of(2566),
                            full ? Optional.of("obec-esa-2566") : Optional.empty(), scores(cents), published);
                    return JSON.readReport(JSON.writeValue(report)).equals(report);
                });
    }

    @Test
    void resultsWithMoreThanTwoDecimalsReadBackToTheSameAssessment() {
        // indicator scores in ten-thousandths and thirds: the official score alone would re-assess differently
        qt("results with exact scores round-trip").forAll(integers().between(0, 1_000_000), integers().between(0, 300),
                integers().between(0, 12)).check((tenThousandths, thirds, e) -> {
                    Edition edition = Editions.builtIn().all().get(e);
                    IndicatorScores.Builder b = IndicatorScores.builder();
                    for (org.itascore.Indicator i : edition.indicators()) {
                        b.put(i, i.number() % 2 == 0 ? Score.ofFraction(tenThousandths, 10_000) : Score.ofFraction(thirds, 3));
                    }
                    Assessment a = Assessor.assess(edition, "office", edition.fiscalYears().first(), b.build());
                    return JSON.readAssessment(in(JSON.writeValue(a))).equals(a);
                });
    }

    @Test
    void assessmentsRoundTripWithTheirFindings() {
        qt("assessments round-trip").forAll(tenScores(), integers().between(0, 12), integers().between(0, 3)).check((cents, e, f) -> {
            Edition edition = Editions.builtIn().all().get(e);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                findings.add(Finding.of(FindingKind.values()[k * 3], Bilingual.of("ข้อ " + k, "finding " + k))
                        .withInstrument(Instrument.values()[k]).withValues("1", "2")
                        .withTolerance(new BigDecimal("0.01")).withFiscalYear(FiscalYear.of(2560 + k)));
            }
            Assessment withFindings = Assessor.assess(edition, "office " + e, edition.fiscalYears().first(), scores(cents),
                    findings);
            return JSON.readAssessment(in(JSON.writeValue(withFindings))).equals(withFindings);
        });
    }

    @Test
    void checklistsRoundTrip() {
        qt("checklists round-trip").forAll(lists().of(booleans().all()).ofSize(43), booleans().all()).check((present, own) -> {
            List<ChecklistEntry> entries = new ArrayList<>();
            for (int i = 0; i < 43; i++) {
                OitItem item = OitCatalogue.CLASSIC.items().get(i);
                entries.add(present.get(i) ? ChecklistEntry.present(item.id(), URI.create("https://x.go.th/ita/" + i))
                        : ChecklistEntry.absent(item.id()));
            }
            ChecklistInput input = new ChecklistInput(own ? Optional.of(OitCatalogue.CLASSIC) : Optional.empty(),
                    ImmutableList.copyOf(entries));
            return JSON.readChecklist(in(JSON.writeValue(input))).equals(input);
        });
    }

    @Test
    void plansRoundTrip() {
        qt("plans round-trip").forAll(lists().of(integers().between(-1000, 100_000)).ofSizeBetween(0, 6), tenScores())
                .check((budgets, cents) -> {
                    List<Activity> activities = new ArrayList<>();
                    for (int i = 0; i < budgets.size(); i++) {
                        activities.add(new Activity("activity " + i, budgets.get(i) < 0 ? Optional.empty()
                                        : Optional.of(BigDecimal.valueOf(budgets.get(i))), "unit " + i,
                                ImmutableSortedSet.of(YearMonth.of(2023, 10 + i % 3), YearMonth.of(2024, 1 + i)),
                                ImmutableSortedSet.of(Indicator.ofNumber(1 + i), Indicator.CORRUPTION_PREVENTION)));
                    }
                    PlanInput plan = new PlanInput(new ActionPlan("office", FiscalYear.of(2567), ImmutableList.copyOf(activities)),
                            new IndicatorReport("office", FiscalYear.of(2566), Optional.empty(), scores(cents), Published.NOTHING));
                    return JSON.readPlan(in(JSON.writeValue(plan))).equals(plan);
                });
    }

    @Test
    void surveyBatchesRoundTripToTheSameTallies() {
        Questionnaire q = Questionnaire.STANDARD;
        qt("survey batches round-trip").forAll(lists().of(lists().of(integers().between(0, 4)).ofSize(30)).ofSizeBetween(0, 30))
                .check(codes -> {
                    List<Response> responses = new ArrayList<>();
                    for (int r = 0; r < codes.size(); r++) {
                        Instrument instrument = r % 2 == 0 ? Instrument.IIT : Instrument.EIT;
                        Response.Builder b = Response.builder(q, instrument);
                        List<Question> questions = q.questions(instrument);
                        for (int i = 0; i < questions.size(); i++) {
                            int code = codes.get(r).get(i);
                            Question question = questions.get(i);
                            if (code > 0) {
                                b.answer(question.id(), question.kind() == QuestionKind.YES_NO
                                        ? (code % 2 == 0 ? Answer.YES : Answer.NO) : Answer.level(code));
                            }
                        }
                        responses.add(b.build());
                    }
                    Edition edition = Editions.builtIn().get("obec-esa-2564");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (SurveyBatchWriter writer = JSON.surveyBatchWriter(out, edition, "office", FiscalYear.of(2564),
                            Populations.of(40, 400))) {
                        responses.forEach(writer::write);
                    }
                    SurveyBatch batch = JSON.readSurveyBatch(new ByteArrayInputStream(out.toByteArray()), null);
                    Tally iit = responses.stream().filter(x -> x.instrument() == Instrument.IIT).collect(Tally.collector(q, Instrument.IIT));
                    Tally eit = responses.stream().filter(x -> x.instrument() == Instrument.EIT).collect(Tally.collector(q, Instrument.EIT));
                    return batch.iit().equals(iit) && batch.eit().equals(eit) && batch.populations().equals(Populations.of(40, 400));
                });
    }
}

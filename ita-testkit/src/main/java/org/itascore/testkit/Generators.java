package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Weight;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.GradeBand;
import org.itascore.edition.GradeScale;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitItem;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;

/**
 * Generators of every input of the library, each valid and each with a shrinker toward the simplest value.
 * Scores favour the rounding edges; reports cover every edition of a registry; editions have random weights and
 * bands that still partition 0 to 100; responses skip answers and use every scale of their questionnaire.
 */
public final class Generators {

    private Generators() {
    }

    /** Scores where rounding and grading turn: the pass mark, the A/AA edge, half a hundredth, 0 and 100. */
    public static final List<Score> EDGES = List.of(Score.ZERO, Score.HUNDRED, Score.parse("84.995"), Score.parse("94.995"),
            Score.parse("84.994"), Score.parse("94.994"), Score.parse("85"), Score.parse("95"), Score.parse("74.995"),
            Score.parse("49.995"), Score.parse("0.005"), Score.parse("99.995"));

    /**
     * {@return scores from 0 to 100: a rounding edge, a score of three decimals ending in 4 or 5 (x.xx4, x.xx5),
     * a score of two decimals, or an exact fraction with no finite decimal (200/3)}; shrunk toward 0, then the
     * whole number below, then two decimals
     */
    public static Generator<Score> scores() {
        return Generator.of((random, size) -> switch (random.nextInt(4)) {
            case 0 -> EDGES.get(random.nextInt(EDGES.size()));
            case 1 -> Score.ofFraction(random.nextLong(10_000) * 10 + (random.nextBoolean() ? 4 : 5), 1000); // at most 99.995
            case 2 -> Score.ofFraction(random.nextLong(10_001), 100);
            default -> {
                long d = 3 + random.nextInt(9);
                yield Score.ofFraction(random.nextLong(100 * d + 1), d);
            }
        }, Generators::simpler);
    }

    /**
     * {@return simpler scores than this one, simplest first: 0, the whole number below (for a whole number, its
     * half and the number below it), two decimals}
     */
    static List<Score> simpler(Score s) {
        LinkedHashSet<Score> out = new LinkedHashSet<>();
        if (s.exact().signum() != 0) {
            out.add(Score.ZERO);
        }
        BigDecimal floor = s.toBigDecimal(10).setScale(0, java.math.RoundingMode.FLOOR);
        Score whole = Score.of(floor);
        if (!whole.equals(s)) {
            out.add(whole);
        } else if (floor.signum() > 0) {
            // a whole number: halve it, then step down by one, so that a shrink reaches the least failing score
            out.add(Score.of(floor.longValue() / 2));
            out.add(Score.of(floor.longValue() - 1));
        }
        if (!s.official().equals(s)) {
            out.add(s.official());
        }
        out.remove(s);
        return List.copyOf(out);
    }

    /**
     * {@return indicator-score reports under the editions of a registry, every indicator of the edition scored,
     * for one of its fiscal years}; shrunk one indicator's score at a time, then the office's name
     *
     * @param editions the registry; every edition of it is used
     */
    public static Generator<IndicatorReport> reports(Editions editions) {
        requireNonNull(editions, "editions");
        List<Edition> all = editions.all();
        Generator<Score> scores = scores();
        return Generator.of((random, size) -> {
            Edition e = all.get(random.nextInt(all.size()));
            return report(e, random, scores);
        }, r -> shrinkReport(r, scores));
    }

    /**
     * {@return indicator-score reports under one edition}
     *
     * @param edition the edition
     */
    public static Generator<IndicatorReport> reports(Edition edition) {
        requireNonNull(edition, "edition");
        Generator<Score> scores = scores();
        return Generator.of((random, size) -> report(edition, random, scores), r -> shrinkReport(r, scores));
    }

    private static IndicatorReport report(Edition e, RandomGenerator random, Generator<Score> scores) {
        IndicatorScores.Builder b = IndicatorScores.builder();
        for (Indicator i : e.indicators()) {
            b.put(i, scores.next(random, 0));
        }
        List<FiscalYear> years = List.copyOf(e.fiscalYears());
        String office = OFFICES.get(random.nextInt(OFFICES.size())) + " " + (1 + random.nextInt(999));
        return new IndicatorReport(office, years.get(random.nextInt(years.size())), Optional.of(e.id()), b.build(), Published.NOTHING);
    }

    private static final List<String> OFFICES = List.of("สพป.ทดสอบ", "สพม.ทดสอบ", "Test Office", "อบต.ตัวอย่าง", "วิทยาลัยเทคนิคทดสอบ");

    private static List<IndicatorReport> shrinkReport(IndicatorReport r, Generator<Score> scores) {
        List<IndicatorReport> out = new ArrayList<>();
        // first the bold steps: one indicator kept and every other at 0, so that a shrink is not stuck where
        // no single score can change alone
        List<Indicator> scored = r.indicators().asMap().entrySet().stream().filter(e -> e.getValue().exact().signum() != 0)
                .map(java.util.Map.Entry::getKey).toList();
        if (scored.size() > 1) {
            for (Indicator kept : scored) {
                IndicatorScores only = r.indicators();
                for (Indicator other : scored) {
                    if (!other.equals(kept)) {
                        only = only.with(other, Score.ZERO);
                    }
                }
                out.add(new IndicatorReport(r.office(), r.fiscalYear(), r.edition(), only, r.published()));
            }
        }
        for (var e : r.indicators().asMap().entrySet()) {
            for (Score smaller : scores.shrink(e.getValue())) {
                out.add(new IndicatorReport(r.office(), r.fiscalYear(), r.edition(), r.indicators().with(e.getKey(), smaller), r.published()));
            }
        }
        if (!r.office().equals("x")) {
            out.add(new IndicatorReport("x", r.fiscalYear(), r.edition(), r.indicators(), r.published()));
        }
        return out;
    }

    /**
     * {@return cohorts of reports under a registry's editions, each office named once (a cohort refuses an office
     * twice in a year), one report or more, as many as the size asks}; shrunk by halving, leaving one report out,
     * then shrinking one
     *
     * @param editions the registry
     */
    public static Generator<List<IndicatorReport>> cohorts(Editions editions) {
        Generator<IndicatorReport> reports = reports(editions);
        Generator<List<IndicatorReport>> lists = lists(reports);
        return Generator.of((random, size) -> {
            List<IndicatorReport> out = new ArrayList<>();
            int n = 0;
            List<IndicatorReport> drawn = new ArrayList<>(lists.next(random, size));
            if (drawn.isEmpty()) {
                drawn.add(reports.next(random, size)); // a cohort has one report at least
            }
            for (IndicatorReport r : drawn) {
                out.add(new IndicatorReport("สำนักงาน " + (++n), r.fiscalYear(), r.edition(), r.indicators(), r.published()));
            }
            return List.copyOf(out);
        }, cohort -> lists.shrink(cohort).stream()
                .filter(c -> !c.isEmpty() && c.stream().map(IndicatorReport::office).distinct().count() == c.size()).toList());
    }

    /**
     * {@return improvement plans that pass the plan check: activities with a budget of whole baht, months inside
     * the plan's fiscal year (October to September), each addressing one to three of the edition's indicators}
     * ; shrunk by leaving activities out
     *
     * @param edition the edition whose indicators the activities address
     * @param year the plan's fiscal year
     */
    public static Generator<org.itascore.plan.ActionPlan> plans(Edition edition, FiscalYear year) {
        requireNonNull(edition, "edition");
        requireNonNull(year, "year");
        List<Indicator> indicators = edition.indicators();
        java.time.YearMonth october = java.time.YearMonth.of(year.buddhistEra() - FiscalYear.BUDDHIST_ERA_OFFSET - 1, 10);
        return Generator.of((random, size) -> {
            List<org.itascore.plan.Activity> activities = new ArrayList<>();
            int n = 1 + random.nextInt(Math.max(1, Math.min(size, 12)));
            for (int k = 0; k < n; k++) {
                java.util.TreeSet<java.time.YearMonth> months = new java.util.TreeSet<>();
                int first = random.nextInt(12);
                for (int m = first; m < Math.min(12, first + 1 + random.nextInt(6)); m++) {
                    months.add(october.plusMonths(m));
                }
                java.util.TreeSet<Indicator> addressed = new java.util.TreeSet<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    addressed.add(indicators.get(random.nextInt(indicators.size())));
                }
                activities.add(new org.itascore.plan.Activity("กิจกรรม " + (k + 1), Optional.of(BigDecimal.valueOf(1000L * random.nextInt(50))),
                        "กลุ่มอำนวยการ", com.google.common.collect.ImmutableSortedSet.copyOf(months),
                        com.google.common.collect.ImmutableSortedSet.copyOf(addressed)));
            }
            return new org.itascore.plan.ActionPlan("สำนักงานทดสอบ", year, com.google.common.collect.ImmutableList.copyOf(activities));
        }, plan -> {
            List<org.itascore.plan.ActionPlan> out = new ArrayList<>();
            for (int k = 0; k < plan.activities().size() && plan.activities().size() > 1; k++) {
                List<org.itascore.plan.Activity> less = new ArrayList<>(plan.activities());
                less.remove(k);
                out.add(new org.itascore.plan.ActionPlan(plan.office(), plan.fiscalYear(), com.google.common.collect.ImmutableList.copyOf(less)));
            }
            return out;
        });
    }

    /**
     * {@return valid editions derived from a base edition: random instrument weights (tenths, each at least one,
     * summing to one) and random grade bands that still partition 0 to 100, the pass mark the lowest passing
     * band's start}; shrunk toward the base's weights and standard bands
     *
     * @param base the edition whose indicators, years and questionnaire are kept
     */
    public static Generator<Edition> editions(Edition base) {
        requireNonNull(base, "base");
        return Generator.of((random, size) -> {
            int a = 1 + random.nextInt(8);
            int b = 1 + random.nextInt(9 - a);
            int[] tenths = {a, b, 10 - a - b};
            List<Score> edges = new ArrayList<>();
            double at = 0;
            for (int g = 0; g < 6; g++) {
                at += 1 + random.nextInt(25) + random.nextInt(100) / 100.0;
                edges.add(Score.parse(String.format(java.util.Locale.ROOT, "%.2f", Math.min(at, 94 + g))));
            }
            return edition(base, "generated-" + Integer.toHexString(random.nextInt()), tenths, sortedDistinct(edges));
        }, e -> e.gradeScale().equals(GradeScale.STANDARD) ? List.of()
                : List.of(edition(base, e.id(), weights(e), List.of(Score.of(50), Score.of(55), Score.of(65), Score.of(75),
                        Score.of(85), Score.of(95)))));
    }

    private static List<Score> sortedDistinct(List<Score> edges) {
        List<Score> out = new ArrayList<>();
        for (Score s : edges) {
            Score next = out.isEmpty() || s.compareTo(out.get(out.size() - 1)) > 0 ? s
                    : Score.of(out.get(out.size() - 1).exact().plus(org.itascore.Rational.of(1, 100)));
            out.add(next);
        }
        return out;
    }

    private static int[] weights(Edition e) {
        int[] out = new int[3];
        int k = 0;
        for (Instrument i : e.instruments()) {
            out[k++] = e.indicators(i).stream().map(e::effectiveWeight).reduce(org.itascore.Rational.ZERO, org.itascore.Rational::plus)
                    .times(10).round(0, java.math.RoundingMode.HALF_UP).intValue();
        }
        return out;
    }

    private static Edition edition(Edition base, String id, int[] tenths, List<Score> edges) {
        Grade[] grades = {Grade.F, Grade.E, Grade.D, Grade.C, Grade.B, Grade.A, Grade.AA};
        List<GradeBand> bands = new ArrayList<>();
        Score lower = Score.ZERO;
        for (int g = 0; g < 7; g++) {
            Score upper = g < 6 ? edges.get(g) : Score.HUNDRED;
            bands.add(GradeBand.of(grades[g], lower, upper));
            lower = upper;
        }
        Edition.Builder b = Edition.builder(id).title(Bilingual.of("เกณฑ์ทดสอบ " + id, "Generated edition " + id));
        base.fiscalYears().forEach(b::fiscalYear);
        int k = 0;
        for (Instrument i : base.instruments()) {
            b.instrument(i, Weight.ofFraction(tenths[k++], 10), base.indicators(i).toArray(Indicator[]::new));
        }
        base.questionnaire().ifPresent(b::questionnaire);
        base.oitCatalogue().ifPresent(b::oitCatalogue);
        return b.gradeScale(GradeScale.of(bands)).passMark(edges.get(4)).build();
    }

    /**
     * {@return survey responses to an instrument of a questionnaire, about one answer in ten skipped, every answer
     * of its question's scale (four or six levels, yes/no)}; shrunk by leaving answers out
     *
     * @param questionnaire the questionnaire
     * @param instrument IIT or EIT
     */
    public static Generator<Response> responses(Questionnaire questionnaire, Instrument instrument) {
        requireNonNull(questionnaire, "questionnaire");
        List<Question> questions = questionnaire.questions(requireNonNull(instrument, "instrument"));
        return Generator.of((random, size) -> {
            Response.Builder b = Response.builder(questionnaire, instrument);
            for (Question q : questions) {
                if (random.nextInt(10) > 0) {
                    b.answer(q.id(), Answer.ofOption(q.kind(), random.nextInt(q.kind().options())));
                }
            }
            return b.build();
        }, r -> {
            List<Response> out = new ArrayList<>();
            for (Question left : questions) {
                if (r.answer(left).isEmpty()) {
                    continue;
                }
                Response.Builder b = Response.builder(questionnaire, instrument);
                for (Question q : questions) {
                    if (!q.equals(left)) {
                        r.answer(q).ifPresent(a -> b.answer(q.id(), a));
                    }
                }
                out.add(b.build());
            }
            return out;
        });
    }

    /**
     * {@return lists of responses, as long as the size asks}; shrunk by halving, then by leaving one out, then
     * each response shrunk
     *
     * @param responses the responses
     * @param <T> the type of the elements
     */
    public static <T> Generator<List<T>> lists(Generator<T> responses) {
        requireNonNull(responses, "responses");
        return Generator.of((random, size) -> {
            int n = random.nextInt(size + 1);
            List<T> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(responses.next(random, size));
            }
            return List.copyOf(out);
        }, list -> {
            List<List<T>> out = new ArrayList<>();
            if (list.size() > 1) {
                out.add(list.subList(0, list.size() / 2));
            }
            for (int k = 0; k < list.size(); k++) {
                List<T> less = new ArrayList<>(list);
                less.remove(k);
                out.add(List.copyOf(less));
            }
            for (int k = 0; k < list.size(); k++) {
                for (T smaller : responses.shrink(list.get(k))) {
                    List<T> copy = new ArrayList<>(list);
                    copy.set(k, smaller);
                    out.add(List.copyOf(copy));
                }
            }
            return out;
        });
    }

    /**
     * {@return survey batches of an edition with a questionnaire: IIT and EIT responses as many as the size asks
     * each, tallied}; a batch is made of tallies, so it is not shrunk: shrink the responses ({@link #lists} of
     * {@link #responses}) and tally them for a minimal batch
     *
     * @param edition the edition, with a questionnaire
     * @param office the office's name
     * @throws java.util.NoSuchElementException if the edition has no questionnaire
     */
    public static Generator<org.itascore.raw.SurveyBatch> batches(Edition edition, String office) {
        requireNonNull(edition, "edition");
        requireNonNull(office, "office");
        Questionnaire q = edition.questionnaire().orElseThrow();
        Generator<List<Response>> iit = lists(responses(q, Instrument.IIT));
        Generator<List<Response>> eit = lists(responses(q, Instrument.EIT));
        Editions registry = Editions.builtIn().find(edition.id()).isPresent() ? Editions.builtIn() : Editions.builtIn().with(edition);
        return Generator.of((random, size) -> {
            org.itascore.raw.SurveyBatchAssembly a = org.itascore.raw.SurveyBatch.assemble(registry).office(office)
                    .fiscalYear(edition.fiscalYears().first()).edition(edition.id());
            iit.next(random, size).forEach(a::add);
            eit.next(random, size).forEach(a::add);
            return a.build();
        }, b -> List.of());
    }

    /**
     * {@return OIT checklists that fit a catalogue: every item given once, published or not, an http(s) address
     * for each published one}; shrunk by unpublishing one item at a time
     *
     * @param catalogue the catalogue
     */
    public static Generator<ChecklistInput> checklists(OitCatalogue catalogue) {
        requireNonNull(catalogue, "catalogue");
        return Generator.of((random, size) -> {
            List<ChecklistEntry> entries = new ArrayList<>();
            for (OitItem item : catalogue.items()) {
                entries.add(random.nextInt(4) > 0 ? ChecklistEntry.present(item.id(), URI.create("https://www.example.go.th/ita/"
                        + item.id().toLowerCase(java.util.Locale.ROOT))) : ChecklistEntry.absent(item.id()));
            }
            return ChecklistInput.of(entries);
        }, c -> {
            List<ChecklistInput> out = new ArrayList<>();
            for (int k = 0; k < c.entries().size(); k++) {
                if (c.entries().get(k).present()) {
                    List<ChecklistEntry> copy = new ArrayList<>(c.entries());
                    copy.set(k, ChecklistEntry.absent(copy.get(k).item()));
                    out.add(ChecklistInput.of(copy));
                }
            }
            return out;
        });
    }
}

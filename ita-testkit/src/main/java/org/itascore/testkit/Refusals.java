package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.itascore.Indicator;
import org.itascore.ProblemKind;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;

/**
 * Inputs that break exactly one documented rule of the indicator-score report (format 1 of
 * docs/json-format.md), each paired with the problem the library reports: its kind and JSON pointer. A system
 * that reads the same documents checks that it refuses what the library refuses.
 *
 * <pre>{@code
 * Property.check("my reader refuses what ita refuses", Refusals.reports(Editions.builtIn()), 2569L, 1000,
 *         r -> myReader.problems(r.json()).contains(r.pointer()));
 * }</pre>
 */
public final class Refusals {

    private Refusals() {
    }

    /** The rules broken, one per generated input. */
    public enum Rule {
        /** A score above 100. */
        SCORE_ABOVE_100,
        /** A score below 0. */
        SCORE_BELOW_0,
        /** A score that is not a number (a boolean). */
        SCORE_NOT_A_NUMBER,
        /** An office name of white space only. */
        OFFICE_BLANK,
        /** No office. */
        OFFICE_MISSING,
        /** A fiscal year written in the Common Era. */
        YEAR_COMMON_ERA,
        /** A field the format does not have. */
        UNKNOWN_FIELD,
        /** An edition id no edition has. */
        UNKNOWN_EDITION,
        /** An indicator of the edition left without a score. */
        INDICATOR_MISSING,
        /** An indicator number beyond 10. */
        INDICATOR_UNKNOWN
    }

    /**
     * An input breaking one rule, and the problem the library reports.
     *
     * @param rule the rule broken
     * @param json the document
     * @param kind the kind of the problem reported
     * @param pointer where it is reported, a JSON pointer
     */
    public record Refusal(Rule rule, String json, ProblemKind kind, String pointer) {

        /**
         * Creates a refusal.
         *
         * @param rule the rule broken
         * @param json the document
         * @param kind the kind of the problem
         * @param pointer its JSON pointer
         */
        public Refusal {
            requireNonNull(rule, "rule");
            requireNonNull(json, "json");
            requireNonNull(kind, "kind");
            requireNonNull(pointer, "pointer");
        }
    }

    /**
     * {@return reports breaking each rule in turn, otherwise valid: under a random edition of the registry, every
     * other value valid}; shrunk by making the valid scores round
     *
     * @param editions the registry whose editions the reports name
     */
    public static Generator<Refusal> reports(Editions editions) {
        requireNonNull(editions, "editions");
        List<Edition> all = editions.all();
        Rule[] rules = Rule.values();
        return Generator.of((random, size) -> refusal(rules[random.nextInt(rules.length)], all.get(random.nextInt(all.size())), random),
                r -> List.of());
    }

    private static Refusal refusal(Rule rule, Edition e, RandomGenerator random) {
        List<Indicator> indicators = e.indicators();
        Indicator broken = indicators.get(random.nextInt(indicators.size()));
        String office = "\"office\":\"สพป.ทดสอบ " + (1 + random.nextInt(99)) + "\"";
        int year = e.fiscalYears().first().buddhistEra();
        String fiscalYear = "\"fiscalYear\":" + year;
        String edition = "\"edition\":\"" + e.id() + "\"";
        List<String> scores = new ArrayList<>();
        for (Indicator i : indicators) {
            String score = String.format(Locale.ROOT, "%d.%02d", random.nextInt(100), random.nextInt(100));
            if (i.equals(broken)) {
                switch (rule) {
                    case SCORE_ABOVE_100 -> score = String.format(Locale.ROOT, "%d.%02d", 100 + random.nextInt(50), 1 + random.nextInt(99));
                    case SCORE_BELOW_0 -> score = String.format(Locale.ROOT, "-%d.%02d", random.nextInt(50), 1 + random.nextInt(99));
                    case SCORE_NOT_A_NUMBER -> score = random.nextBoolean() ? "true" : "false";
                    case INDICATOR_MISSING -> score = null;
                    default -> {
                        // this indicator is valid
                    }
                }
            }
            if (score != null) {
                scores.add("\"" + i.number() + "\":" + score);
            }
        }
        if (rule == Rule.INDICATOR_UNKNOWN) {
            scores.add("\"" + (11 + random.nextInt(20)) + "\":90");
        }
        String indicatorsJson = "\"indicators\":{" + String.join(",", scores) + "}";
        return switch (rule) {
            case SCORE_ABOVE_100, SCORE_BELOW_0 -> new Refusal(rule, doc(office, fiscalYear, edition, indicatorsJson), ProblemKind.INVALID,
                    "/indicators/" + broken.number());
            case SCORE_NOT_A_NUMBER -> new Refusal(rule, doc(office, fiscalYear, edition, indicatorsJson), ProblemKind.TYPE,
                    "/indicators/" + broken.number());
            case OFFICE_BLANK -> new Refusal(rule, doc("\"office\":\"   \"", fiscalYear, edition, indicatorsJson), ProblemKind.INVALID, "/office");
            case OFFICE_MISSING -> new Refusal(rule, doc(fiscalYear, edition, indicatorsJson), ProblemKind.MISSING, "/office");
            case YEAR_COMMON_ERA -> new Refusal(rule, doc(office, "\"fiscalYear\":" + (year - 543), edition, indicatorsJson),
                    ProblemKind.INVALID, "/fiscalYear");
            case UNKNOWN_FIELD -> new Refusal(rule, doc(office, fiscalYear, edition, "\"colour\":\"red\"", indicatorsJson),
                    ProblemKind.UNKNOWN_FIELD, "/colour");
            case UNKNOWN_EDITION -> new Refusal(rule, doc(office, fiscalYear, "\"edition\":\"no-such-" + year + "\"", indicatorsJson),
                    ProblemKind.INVALID, "/edition");
            case INDICATOR_MISSING -> new Refusal(rule, doc(office, fiscalYear, edition, indicatorsJson), ProblemKind.MISSING, "/indicators");
            case INDICATOR_UNKNOWN -> new Refusal(rule, doc(office, fiscalYear, edition, indicatorsJson), ProblemKind.INVALID,
                    "/indicators/" + scores.get(scores.size() - 1).replaceAll("\"(\\d+)\".*", "$1"));
        };
    }

    private static String doc(String... fields) {
        return "{" + String.join(",", fields) + "}";
    }
}

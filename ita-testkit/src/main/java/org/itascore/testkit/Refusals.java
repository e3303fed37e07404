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
 * docs/json-format.md) or of the OIT checklist (format 3), each paired with the problem the library reports:
 * its kind and JSON pointer. A system
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
        INDICATOR_UNKNOWN,
        /** A checklist leaves an item of its catalogue out. */
        ITEM_MISSING,
        /** A checklist gives an item its catalogue does not have. */
        ITEM_UNKNOWN,
        /** A published item without an evidence address. */
        EVIDENCE_MISSING,
        /** An evidence address that is not http or https. */
        EVIDENCE_NOT_WEB,
        /** Whether an item is published, written as text rather than true or false. */
        PRESENT_NOT_BOOLEAN
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
        List<Rule> rules = java.util.Arrays.stream(Rule.values()).filter(r -> !CHECKLIST_RULES.contains(r)).toList();
        return Generator.of((random, size) -> refusal(rules.get(random.nextInt(rules.size())), all.get(random.nextInt(all.size())), random),
                r -> List.of());
    }

    /** The rules of an OIT checklist, in {@link Rule}'s order. */
    private static final List<Rule> CHECKLIST_RULES = List.of(Rule.ITEM_MISSING, Rule.ITEM_UNKNOWN, Rule.EVIDENCE_MISSING,
            Rule.EVIDENCE_NOT_WEB, Rule.PRESENT_NOT_BOOLEAN);

    /**
     * {@return OIT checklists (format 3) breaking each of the checklist's rules in turn, otherwise fitting the
     * catalogue; check them against the catalogue as {@code ChecklistInput.toChecklist} does}
     *
     * @param catalogue the catalogue the checklists are checked against
     */
    public static Generator<Refusal> checklists(org.itascore.oit.OitCatalogue catalogue) {
        requireNonNull(catalogue, "catalogue");
        List<String> ids = catalogue.items().stream().map(org.itascore.oit.OitItem::id).toList();
        return Generator.of((random, size) -> {
            Rule rule = CHECKLIST_RULES.get(random.nextInt(CHECKLIST_RULES.size()));
            String broken = ids.get(random.nextInt(ids.size()));
            List<String> items = new ArrayList<>();
            for (String id : ids) {
                boolean present = random.nextInt(4) > 0;
                String evidence = ",\"evidence\":\"https://www.example.go.th/ita/" + id.toLowerCase(Locale.ROOT) + "\"";
                if (id.equals(broken)) {
                    switch (rule) {
                        case ITEM_MISSING -> {
                            continue;
                        }
                        case EVIDENCE_MISSING -> {
                            present = true;
                            evidence = "";
                        }
                        case EVIDENCE_NOT_WEB -> {
                            present = true;
                            evidence = ",\"evidence\":\"ftp://www.example.go.th/" + id.toLowerCase(Locale.ROOT) + "\"";
                        }
                        case PRESENT_NOT_BOOLEAN -> {
                            items.add("\"" + id + "\":{\"present\":\"" + (random.nextBoolean() ? "yes" : "มี") + "\"" + evidence + "}");
                            continue;
                        }
                        default -> {
                            // valid
                        }
                    }
                }
                items.add("\"" + id + "\":{\"present\":" + present + (present ? evidence : "") + "}");
            }
            if (rule == Rule.ITEM_UNKNOWN) {
                items.add("\"X" + (1 + random.nextInt(99)) + "\":{\"present\":false}");
            }
            String json = "{\"items\":{" + String.join(",", items) + "}}";
            String unknown = rule == Rule.ITEM_UNKNOWN ? items.get(items.size() - 1).replaceAll("\"([^\"]+)\".*", "$1") : null;
            return switch (rule) {
                case ITEM_MISSING -> new Refusal(rule, json, ProblemKind.MISSING, "/items");
                case ITEM_UNKNOWN -> new Refusal(rule, json, ProblemKind.INVALID, "/items/" + unknown);
                case EVIDENCE_MISSING -> new Refusal(rule, json, ProblemKind.MISSING, "/items/" + broken + "/evidence");
                case EVIDENCE_NOT_WEB -> new Refusal(rule, json, ProblemKind.INVALID, "/items/" + broken + "/evidence");
                case PRESENT_NOT_BOOLEAN -> new Refusal(rule, json, ProblemKind.TYPE, "/items/" + broken + "/present");
                default -> throw new AssertionError(rule);
            };
        }, r -> List.of());
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
            default -> throw new AssertionError("not a rule of a report: " + rule);
        };
    }

    private static String doc(String... fields) {
        return "{" + String.join(",", fields) + "}";
    }
}

package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.history.Trend;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.report.PublishedHistoryRow;
import org.itascore.report.PublishedIndicator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads format 1 of docs/json-format.md, the indicator-score report, into an {@link IndicatorReport}.
 */
final class IndicatorReportDeserializer extends ValueDeserializer<IndicatorReport> {

    private static final Message DIFFERENCE_RULE = Message.of("history.difference");

    private final org.itascore.edition.Editions editions;

    /**
     * @param editions the editions a report may name, to tell which indicators it lacks when some of its scores are
     *     refused
     */
    IndicatorReportDeserializer(org.itascore.edition.Editions editions) {
        this.editions = editions;
    }

    @Override
    public IndicatorReport deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, IndicatorReport.class, Message.of("term.indicatorScoreReport"));
        String[] office = {null};
        String[] officeId = {null};
        FiscalYear[] year = {null};
        String[] edition = {null};
        IndicatorScores[] scores = {null};
        Set<Indicator> given = EnumSet.noneOf(Indicator.class);
        Published[] published = {Published.NOTHING};
        Reading.Problems problems = new Reading.Problems();
        Reading.fields(p, ctxt, problems, name -> {
            switch (name) {
                case "office" -> office[0] = office(p, ctxt);
                case "officeId" -> officeId[0] = officeId(p, ctxt);
                case "fiscalYear" -> year[0] = Reading.fiscalYear(p, ctxt);
                case "edition" -> edition[0] = edition(p, ctxt);
                case "indicators" -> scores[0] = indicators(p, ctxt, given);
                case "published" -> published[0] = published(p, ctxt);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (office[0] == null && !problems.has("office")) {
            problems.missing("office", Message.of("office.blank"));
        }
        if (year[0] == null && !problems.has("fiscalYear")) {
            problems.missing("fiscalYear", Message.of("json.reportFiscalYear"));
        }
        if (scores[0] == null && !problems.has("indicators")) {
            problems.missing("indicators", Message.of("json.reportScores"));
        } else if (scores[0] == null && year[0] != null) {
            // some scores were refused: the indicators given no value at all are told with them, by the edition's rule
            try {
                Edition e = IndicatorReport.editionOf(editions, Optional.ofNullable(edition[0]), year[0], office[0]);
                Assessor.missingScores(e, given).ifPresent(problems::add);
            } catch (InvalidInputException e) {
                // an edition that cannot be resolved is told when the report is assessed
            }
        }
        problems.throwIfAny(p);
        return new IndicatorReport(office[0], year[0], Optional.ofNullable(edition[0]), scores[0], published[0],
                Optional.ofNullable(officeId[0]));
    }

    /** An office id, such as an ESA code: a string that is not blank. */
    static String officeId(JsonParser p, DeserializationContext ctxt) {
        String id = Reading.string(p, ctxt, IndicatorReport.class, Message.of("term.officeId"));
        if (org.itascore.Names.isBlank(id)) {
            return Reading.refuse(ctxt, IndicatorReport.class, id, Message.of("officeId.blank"));
        }
        return id.strip();
    }

    private static String office(JsonParser p, DeserializationContext ctxt) {
        String office = Reading.string(p, ctxt, IndicatorReport.class, Message.of("term.office"));
        return Reading.converted(ctxt, String.class, office, text -> org.itascore.OfficeName.of(text).text().strip());
    }

    /** Reads an edition id; which edition it names is resolved where the report is assessed, in its registry. */
    private static String edition(JsonParser p, DeserializationContext ctxt) {
        String id = Reading.string(p, ctxt, IndicatorReport.class, Message.of("term.editionId"));
        if (id.isBlank()) {
            return Reading.refuse(ctxt, IndicatorReport.class, id, Message.of("edition.idBlank"));
        }
        return id.strip();
    }

    private IndicatorScores indicators(JsonParser p, DeserializationContext ctxt, Set<Indicator> given) {
        Reading.expectObject(p, ctxt, IndicatorScores.class, Message.of("term.indicatorScores"));
        IndicatorScores.Builder builder = IndicatorScores.builder();
        Map<Indicator, String> keys = new EnumMap<>(Indicator.class);
        fields(p, ctxt, this, IndicatorScores.class, key -> {
            Indicator indicator = Reading.converted(ctxt, Indicator.class, key, Indicator::parse);
            given.add(indicator);
            String previous = keys.putIfAbsent(indicator, key);
            if (previous != null) {
                Reading.refuse(ctxt, org.itascore.ProblemKind.DUPLICATE, key, Message.of("indicators.givenAs", indicator.number(), previous));
            }
            builder.put(indicator, Reading.score(p, ctxt));
            return true;
        });
        return builder.build();
    }


    private Published published(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Published.class, Message.of("term.published"));
        Score[] score = {null};
        Grade[] grade = {null};
        Boolean[] passed = {null};
        Verdict[] verdict = {null};
        Map<Instrument, Score> instruments = new EnumMap<>(Instrument.class);
        Map<Indicator, PublishedIndicator> indicators = new EnumMap<>(Indicator.class);
        List<PublishedHistoryRow> history = new ArrayList<>();
        fields(p, ctxt, this, Published.class, name -> {
            switch (name) {
                case "score" -> score[0] = Reading.score(p, ctxt);
                case "grade" -> grade[0] = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                case "passed" -> passed[0] = Reading.bool(p, ctxt, Published.class, Message.of("term.passLabel"));
                case "verdict" -> verdict[0] = Reading.parsed(p, ctxt, Verdict.class, Message.of("term.verdict"), Verdict::parse);
                case "instruments" -> {
                    Reading.expectObject(p, ctxt, Published.class, Message.of("term.printedInstrumentScores"));
                    fields(p, ctxt, this, Published.class, key -> {
                        instruments.put(Reading.converted(ctxt, Instrument.class, key, Instrument::parse), Reading.score(p, ctxt));
                        return true;
                    });
                }
                case "indicators" -> {
                    Reading.expectObject(p, ctxt, Published.class, Message.of("term.printedIndicatorResults"));
                    fields(p, ctxt, this, Published.class, key -> {
                        Indicator indicator = Reading.converted(ctxt, Indicator.class, key, Indicator::parse);
                        if (indicators.containsKey(indicator)) {
                            Reading.refuse(ctxt, org.itascore.ProblemKind.DUPLICATE, key, Message.of("indicators.givenOnce", indicator.number()));
                        }
                        indicators.put(indicator, publishedIndicator(p, ctxt));
                        return true;
                    });
                }
                case "history" -> history.addAll(history(p, ctxt));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Published(Optional.ofNullable(score[0]), Optional.ofNullable(grade[0]), Optional.ofNullable(passed[0]),
                Optional.ofNullable(verdict[0]), ImmutableMap.copyOf(instruments), ImmutableMap.copyOf(indicators),
                ImmutableList.copyOf(history));
    }

    private PublishedIndicator publishedIndicator(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, PublishedIndicator.class, Message.of("term.printedIndicatorResult"));
        Grade[] grade = {null};
        Boolean[] passed = {null};
        Integer[] rank = {null};
        fields(p, ctxt, this, PublishedIndicator.class, name -> {
            switch (name) {
                case "grade" -> grade[0] = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                case "passed" -> passed[0] = Reading.bool(p, ctxt, PublishedIndicator.class, Message.of("term.passLabel"));
                case "rank" -> rank[0] = Reading.integer(p, ctxt, PublishedIndicator.class, Message.of("term.rank"), 1, 999);
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new PublishedIndicator(Optional.ofNullable(grade[0]), Optional.ofNullable(passed[0]),
                rank[0] == null ? OptionalInt.empty() : OptionalInt.of(rank[0]));
    }

    private List<PublishedHistoryRow> history(JsonParser p, DeserializationContext ctxt) {
        Reading.expectArray(p, ctxt, PublishedHistoryRow.class, Message.of("term.printedHistory"));
        List<PublishedHistoryRow> rows = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            rows.add(at(PublishedHistoryRow.class, index++, () -> historyRow(p, ctxt)));
        }
        return rows;
    }

    private PublishedHistoryRow historyRow(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, PublishedHistoryRow.class, Message.of("term.historyRow"));
        FiscalYear[] year = {null};
        Score[] score = {null};
        Grade[] grade = {null};
        BigDecimal[] difference = {null};
        Trend[] trend = {null};
        fields(p, ctxt, this, PublishedHistoryRow.class, name -> {
            switch (name) {
                case "fiscalYear" -> year[0] = Reading.fiscalYear(p, ctxt);
                case "score" -> score[0] = Reading.score(p, ctxt);
                case "grade" -> grade[0] = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                case "difference" -> difference[0] = difference(p, ctxt);
                case "trend" -> trend[0] = Reading.parsed(p, ctxt, Trend.class, Message.of("term.trendWord"), Trend::parse);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (year[0] == null) {
            return Reading.missing(ctxt, PublishedHistoryRow.class, "fiscalYear", Message.of("json.historyYear"));
        }
        if (score[0] == null) {
            return Reading.missing(ctxt, PublishedHistoryRow.class, "score", Message.of("json.historyScore"));
        }
        return new PublishedHistoryRow(year[0], score[0], Optional.ofNullable(grade[0]), Optional.ofNullable(difference[0]),
                Optional.ofNullable(trend[0]));
    }

    /** {@return a history row's difference; null, as a client that writes every field sends for "none", for none} */
    private static BigDecimal difference(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        BigDecimal value;
        if (t == JsonToken.VALUE_NULL) {
            return null;
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            value = Reading.decimal(p, ctxt);
        } else if (t == JsonToken.VALUE_STRING) {
            String text = p.getString();
            Rational exact = Reading.converted(ctxt, Rational.class, text,
                    x -> org.itascore.Decimals.parse(x, DIFFERENCE_RULE));
            value = exact.exactDecimalOrNull();
            if (value == null) {
                return Reading.refuse(ctxt, PublishedHistoryRow.class, text, DIFFERENCE_RULE);
            }
        } else {
            return Reading.refuse(ctxt, PublishedHistoryRow.class, Reading.describe(t).toString(), DIFFERENCE_RULE);
        }
        if (value.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            return Reading.refuse(ctxt, PublishedHistoryRow.class, value.toPlainString(), Message.of("json.differenceRange"));
        }
        return value;
    }




}

package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.StatedResult;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an assessment result (format 4) back: the indicator scores are re-assessed under the named edition,
 * and every derived value the document states (score, grade, pass, verdict, instruments, ranks, below the
 * pass mark) must agree with the re-assessment, or the document is refused at that value. Findings are
 * read as written. A result whose indicator scores have at most two decimals reads back equal to the
 * assessment it was written from.
 */
final class AssessmentDeserializer extends ValueDeserializer<Assessment> {

    private final Editions editions;

    AssessmentDeserializer(Editions editions) {
        this.editions = editions;
    }

    /** What the document states beyond the indicator scores, checked against the re-assessment. */
    private static final class Stated {
        Score score;
        Grade grade;
        Boolean passed;
        String verdict;
        List<Object[]> indicators = new ArrayList<>();
        List<Integer> below;
    }

    @Override
    public Assessment deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Assessment.class, Message.of("term.assessmentResult"));
        String[] edition = {null};
        String[] office = {null};
        String[] officeId = {null};
        FiscalYear[] year = {null};
        Stated stated = new Stated();
        List<Finding> findings = new ArrayList<>();
        fields(p, ctxt, this, Assessment.class, name -> {
            switch (name) {
                case "edition" -> edition[0] = Reading.parsed(p, ctxt, String.class, Message.of("term.editionId"), id -> editions.get(id).id());
                case "office" -> office[0] = Reading.string(p, ctxt, Assessment.class, Message.of("term.office"));
                case "officeId" -> officeId[0] = IndicatorReportDeserializer.officeId(p, ctxt);
                case "fiscalYear" -> year[0] = Reading.fiscalYear(p, ctxt);
                case "score" -> stated.score = Reading.score(p, ctxt);
                case "grade" -> stated.grade = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                case "passed" -> stated.passed = Reading.bool(p, ctxt, Assessment.class, Message.of("term.passed"));
                case "verdict" -> stated.verdict = Reading.string(p, ctxt, Assessment.class, Message.of("term.verdict"));
                case "instruments" -> p.skipChildren(); // derived; re-computed from the indicators
                case "assumedRules" -> p.skipChildren(); // the edition's, named by its id
                case "gradeTitle", "verdictTitle" -> p.skipChildren(); // labels of a labelled result: named by the codes
                case "indicators" -> indicators(p, ctxt, stated);
                case "belowPassMark" -> {
                    Reading.expectArray(p, ctxt, Assessment.class, Message.of("term.indicatorsBelowPass"));
                    stated.below = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        stated.below.add(Reading.integer(p, ctxt, Assessment.class, Message.of("term.indicator"), 1, 10));
                    }
                }
                case "findings" -> {
                    Reading.expectArray(p, ctxt, Assessment.class, Message.of("term.findings"));
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        findings.add(at(Finding.class, index++, () -> finding(p, ctxt)));
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, Assessment.class, "edition", edition[0]);
        Reading.require(ctxt, Assessment.class, "office", office[0]);
        Reading.require(ctxt, Assessment.class, "fiscalYear", year[0]);
        IndicatorScores.Builder scores = IndicatorScores.builder();
        stated.indicators.forEach(i -> scores.put((Indicator) i[0], (Score) (i[5] != null ? i[5] : i[1])));
        Edition e = editions.get(edition[0]);
        Assessment a;
        try {
            a = Assessor.assess(e, office[0], year[0], scores.build());
        } catch (InvalidInputException ex) {
            return Reading.refuse(ctxt, Assessment.class, ex);
        }
        // what the document states beyond its indicator scores is confirmed by the core, every disagreement listed
        StatedResult.Builder statements = StatedResult.builder();
        Optional.ofNullable(stated.score).ifPresent(statements::score);
        Optional.ofNullable(stated.grade).ifPresent(statements::grade);
        Optional.ofNullable(stated.passed).ifPresent(statements::passed);
        Optional.ofNullable(stated.verdict).ifPresent(statements::verdict);
        for (int k = 0; k < stated.indicators.size(); k++) {
            Object[] i = stated.indicators.get(k);
            statements.indicator(k, (Indicator) i[0], Optional.ofNullable((Grade) i[2]), Optional.ofNullable((Boolean) i[3]),
                    Optional.ofNullable((Integer) i[4]));
        }
        Optional.ofNullable(stated.below).ifPresent(statements::belowPassMark);
        try {
            statements.build().confirm(a);
        } catch (InvalidInputException ex) {
            return Reading.refuse(ctxt, Assessment.class, ex);
        }
        return Assessor.assess(e, office[0], year[0], scores.build(), findings).withOfficeId(Optional.ofNullable(officeId[0]));
    }

    private void indicators(JsonParser p, DeserializationContext ctxt, Stated stated) {
        Reading.expectArray(p, ctxt, Assessment.class, Message.of("term.indicatorResults"));
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            stated.indicators.add(at(Assessment.class, index++, () -> {
                Reading.expectObject(p, ctxt, Assessment.class, Message.of("term.indicatorResult"));
                Object[] row = new Object[6];
                fields(p, ctxt, this, Assessment.class, name -> {
                    switch (name) {
                        case "number" -> row[0] = Indicator.ofNumber(Reading.integer(p, ctxt, Assessment.class, Message.of("term.indicator"), 1, 10));
                        case "score" -> row[1] = Reading.score(p, ctxt);
                        case "grade" -> row[2] = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                        case "passed" -> row[3] = Reading.bool(p, ctxt, Assessment.class, Message.of("term.passed"));
                        case "rank" -> row[4] = Reading.integer(p, ctxt, Assessment.class, Message.of("term.rank"), 1, 10);
                        case "exactScore" -> row[5] = Reading.parsed(p, ctxt, Score.class, Message.of("term.exactScore"), Score::parse);
                        case "title", "gradeTitle" -> p.skipChildren(); // labels of a labelled result
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
                Reading.require(ctxt, Assessment.class, "number", row[0]);
                Reading.require(ctxt, Assessment.class, "score", row[1]);
                if (row[5] != null && !((Score) row[5]).official().equals(row[1])) {
                    at(Assessment.class, "exactScore", () -> Reading.refuse(ctxt, Assessment.class, row[5].toString(),
                            Message.of("result.exactScore", row[1], row[5])));
                }
                return row;
            }));
        }
    }

    private Finding finding(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Finding.class, Message.of("term.finding"));
        Finding[] f = {null};
        FindingKind[] kind = {null};
        List<java.util.function.UnaryOperator<Finding>> with = new ArrayList<>();
        String[] printed = {null};
        String[] expected = {null};
        BigDecimal[] tolerance = {null};
        Bilingual[] message = {null};
        fields(p, ctxt, this, Finding.class, name -> {
            switch (name) {
                case "kind" -> kind[0] = Reading.parsed(p, ctxt, FindingKind.class, Message.of("term.findingKind"), k -> {
                    try {
                        return FindingKind.valueOf(k);
                    } catch (IllegalArgumentException e) {
                        throw InvalidInputException.of(Location.of("kind"), k, Message.of("json.findingKind"));
                    }
                });
                case "indicator" -> {
                    Indicator i = Indicator.ofNumber(Reading.integer(p, ctxt, Finding.class, Message.of("term.indicator"), 1, 10));
                    with.add(x -> x.withIndicator(i));
                }
                case "instrument" -> {
                    var i = Reading.parsed(p, ctxt, org.itascore.Instrument.class, Message.of("term.instrument"), org.itascore.Instrument::parse);
                    with.add(x -> x.withInstrument(i));
                }
                case "fiscalYear" -> {
                    FiscalYear y = Reading.fiscalYear(p, ctxt);
                    with.add(x -> x.withFiscalYear(y));
                }
                case "printed" -> printed[0] = nullableString(p, ctxt);
                case "expected" -> expected[0] = nullableString(p, ctxt);
                case "tolerance" -> tolerance[0] = p.currentToken() == JsonToken.VALUE_NULL ? null : Reading.decimal(p, ctxt);
                case "message" -> {
                    Reading.expectObject(p, ctxt, Finding.class, Message.of("term.message"));
                    String[] en = {null};
                    String[] th = {null};
                    fields(p, ctxt, this, Finding.class, lang -> {
                        switch (lang) {
                            case "en" -> en[0] = Reading.string(p, ctxt, Finding.class, Message.of("term.englishMessage"));
                            case "th" -> th[0] = Reading.string(p, ctxt, Finding.class, Message.of("term.thaiMessage"));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    });
                    Reading.require(ctxt, Finding.class, "en", en[0]);
                    Reading.require(ctxt, Finding.class, "th", th[0]);
                    message[0] = Bilingual.of(th[0], en[0]);
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, Finding.class, "kind", kind[0]);
        Reading.require(ctxt, Finding.class, "message", message[0]);
        f[0] = new Finding(kind[0], Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(printed[0]),
                Optional.ofNullable(expected[0]), Optional.ofNullable(tolerance[0]), message[0]);
        for (var w : with) {
            f[0] = w.apply(f[0]);
        }
        return f[0];
    }

    private static String nullableString(JsonParser p, DeserializationContext ctxt) {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : Reading.string(p, ctxt, Finding.class, Message.of("term.value"));
    }
}

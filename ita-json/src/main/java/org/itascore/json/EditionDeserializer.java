package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.Weight;
import org.itascore.edition.Certainty;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.GradeBand;
import org.itascore.edition.GradeScale;
import org.itascore.edition.Provenance;
import org.itascore.edition.VerdictRule;
import org.itascore.edition.VerdictScheme;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.RespondentRule;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads format 5 of docs/json-format.md, an edition definition, through {@link Edition.Builder}, so an
 * edition from JSON is checked exactly as one built in Java; the builder's problems are reported at their
 * JSON pointers ({@code /instruments/EIT}, {@code /passMark}).
 */
final class EditionDeserializer extends ValueDeserializer<Edition> {

    private final Editions editions;

    EditionDeserializer(Editions editions) {
        this.editions = editions;
    }

    @Override
    public Edition deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Edition.class, Message.of("term.edition"));
        Edition.Builder[] builder = {null};
        String[] id = {null};
        List<Runnable> steps = new ArrayList<>();
        Score[] passMark = {null};
        boolean[] movesBand = {false};
        String[] derivedFrom = {null};
        List<FiscalYear> fiscalYears = new ArrayList<>();
        fields(p, ctxt, this, Edition.class, name -> {
            switch (name) {
                case "id" -> id[0] = Reading.string(p, ctxt, Edition.class, Message.of("term.editionId"));
                case "title" -> {
                    Bilingual title = Reading.bilingual(p, ctxt, this);
                    steps.add(() -> builder[0].title(title));
                }
                case "fiscalYears" -> fiscalYears.addAll(array(p, ctxt, Message.of("term.fiscalYears"), () -> Reading.fiscalYear(p, ctxt)));
                case "derivedFrom" -> derivedFrom[0] = Reading.parsed(p, ctxt, String.class, Message.of("term.editionId"),
                        from -> {
                            if (from.equals(id[0]) && editions.find(from).isEmpty()) {
                                // an edition made from itself: not an unknown edition, a loop
                                throw InvalidInputException.of(org.itascore.Location.ROOT, from, Message.of("edition.derivesFromItself"));
                            }
                            return editions.get(from).id();
                        });
                case "instruments" -> {
                    Map<Instrument, Object[]> instruments = instruments(p, ctxt);
                    steps.add(() -> instruments.forEach((instrument, spec) -> {
                        @SuppressWarnings("unchecked")
                        Map<Indicator, Weight> members = (Map<Indicator, Weight>) spec[1];
                        builder[0].instrument(instrument, (Weight) spec[0], members);
                    }));
                }
                case "grades" -> {
                    List<GradeBand> bands = array(p, ctxt, Message.of("term.gradeBands"), () -> band(p, ctxt));
                    GradeScale scale;
                    try {
                        scale = GradeScale.of(bands);
                    } catch (InvalidInputException e) {
                        // a repeated band is told at its own place in the list
                        scale = Reading.refuse(ctxt, Edition.class, Reading.insideTheValue(e, "grades"));
                    }
                    GradeScale built = scale;
                    steps.add(() -> builder[0].gradeScale(built));
                }
                case "passMark" -> {
                    Score mark = Reading.score(p, ctxt);
                    passMark[0] = mark;
                }
                case "passMarkMovesBand" -> movesBand[0] = Reading.bool(p, ctxt, Edition.class, Message.of("term.passMarkMovesBand"));
                case "verdicts" -> {
                    List<VerdictRule> rules = array(p, ctxt, Message.of("term.verdictRules"), () -> verdict(p, ctxt));
                    VerdictScheme scheme = convertHere(ctxt, () -> VerdictScheme.of(rules));
                    steps.add(() -> builder[0].verdictScheme(scheme));
                }
                case "questionnaire" -> {
                    Questionnaire questionnaire = questionnaire(p, ctxt);
                    steps.add(() -> builder[0].questionnaire(questionnaire));
                }
                case "answerScale" -> {
                    AnswerScale scale = answerScale(p, ctxt);
                    steps.add(() -> builder[0].answerScale(scale));
                }
                case "respondentRules" -> {
                    Map<Instrument, RespondentRule> rules = respondentRules(p, ctxt);
                    steps.add(() -> rules.forEach(builder[0]::respondentRule));
                }
                case "oitCatalogue" -> {
                    var catalogue = ChecklistDeserializer.catalogue(p, ctxt);
                    steps.add(() -> builder[0].oitCatalogue(catalogue));
                }
                case "provenance" -> {
                    List<Provenance> notes = array(p, ctxt, Message.of("term.provenanceNotes"), () -> provenance(p, ctxt));
                    steps.add(() -> notes.forEach(builder[0]::provenance));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, Edition.class, "id", id[0]);
        if (derivedFrom[0] != null) {
            // "as nacc-2568, for 2570": every rule of the base, then what this file changes
            builder[0] = editions.get(derivedFrom[0]).derive(id[0], fiscalYears.toArray(FiscalYear[]::new));
        } else {
            builder[0] = Edition.builder(id[0]);
            fiscalYears.forEach(builder[0]::fiscalYear);
        }
        steps.forEach(Runnable::run);
        if (passMark[0] != null) {
            if (movesBand[0]) {
                builder[0].passMarkMovingBand(passMark[0]);
            } else {
                builder[0].passMark(passMark[0]);
            }
        }
        return convert(ctxt, builder[0]::build);
    }

    private static <T> T convert(DeserializationContext ctxt, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            return Reading.refuse(ctxt, Edition.class, e);
        }
    }

    /** Converts the value of the current field: a refusal stays at the field's own pointer. */
    private static <T> T convertHere(DeserializationContext ctxt, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            return Reading.refuse(ctxt, Edition.class, Reading.atTheValue(e));
        }
    }

    private static <T> List<T> array(JsonParser p, DeserializationContext ctxt, Message what, Reading.Step<T> element) {
        Reading.expectArray(p, ctxt, Edition.class, what);
        List<T> list = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(at(Edition.class, index++, element));
        }
        return list;
    }

    private Map<Instrument, Object[]> instruments(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Edition.class, Message.of("term.instruments"));
        Map<Instrument, Object[]> instruments = new LinkedHashMap<>();
        fields(p, ctxt, this, Edition.class, key -> {
            Instrument instrument = Reading.converted(ctxt, Instrument.class, key, Instrument::parse);
            Reading.expectObject(p, ctxt, Edition.class, Message.of("term.instrument"));
            Weight[] weight = {null};
            Map<Indicator, Weight> members = new LinkedHashMap<>();
            fields(p, ctxt, this, Edition.class, name -> {
                switch (name) {
                    case "weight" -> weight[0] = weight(p, ctxt);
                    case "indicators" -> {
                        Reading.expectObject(p, ctxt, Edition.class, Message.of("term.indicatorsTheirWeights"));
                        fields(p, ctxt, this, Edition.class, number -> {
                            members.put(Reading.converted(ctxt, Indicator.class, number, Indicator::parse), weight(p, ctxt));
                            return true;
                        });
                    }
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            Reading.require(ctxt, Edition.class, "weight", weight[0]);
            instruments.put(instrument, new Object[] {weight[0], members});
            return true;
        });
        return instruments;
    }

    private static Weight weight(JsonParser p, DeserializationContext ctxt) {
        return Reading.converted(ctxt, Weight.class, exactText(p, ctxt), Weight::parse);
    }

    /** A share of a population: a decimal such as 0.1, in the library's number grammar. */
    private static BigDecimal share(String text) {
        BigDecimal value = org.itascore.Decimals.parse(text, Message.of("share.format")).exactDecimalOrNull();
        if (value == null) {
            throw InvalidInputException.of(org.itascore.Location.ROOT, text, Message.of("share.finite"));
        }
        return value;
    }

    /** A number or a string: its exact text, for {@link Rational#parse} and {@link Weight#parse}. */
    private static String exactText(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return Reading.decimal(p, ctxt).toPlainString();
        }
        return Reading.string(p, ctxt, Rational.class, Message.of("term.exactNumber"));
    }

    private GradeBand band(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, GradeBand.class, Message.of("term.gradeBand"));
        Grade[] grade = {null};
        Score[] from = {null};
        Score[] to = {null};
        fields(p, ctxt, this, GradeBand.class, name -> {
            switch (name) {
                case "grade" -> grade[0] = Reading.parsed(p, ctxt, Grade.class, Message.of("term.grade"), Grade::parse);
                case "from" -> from[0] = Reading.score(p, ctxt);
                case "to" -> to[0] = Reading.score(p, ctxt);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, GradeBand.class, "grade", grade[0]);
        Reading.require(ctxt, GradeBand.class, "from", from[0]);
        Reading.require(ctxt, GradeBand.class, "to", to[0]);
        try {
            return GradeBand.of(grade[0], from[0], to[0]);
        } catch (InvalidInputException e) {
            return Reading.refuse(ctxt, GradeBand.class, Reading.atTheValue(e));
        }
    }

    private VerdictRule verdict(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, VerdictRule.class, Message.of("term.verdictRule"));
        Verdict[] verdict = {null};
        Score[] total = {null};
        Score[] each = {null};
        fields(p, ctxt, this, VerdictRule.class, name -> {
            switch (name) {
                case "verdict" -> verdict[0] = Reading.parsed(p, ctxt, Verdict.class, Message.of("term.verdict"), Verdict::parse);
                case "minimumTotal" -> total[0] = Reading.score(p, ctxt);
                case "minimumEachInstrument" -> each[0] = Reading.score(p, ctxt);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, VerdictRule.class, "verdict", verdict[0]);
        Reading.require(ctxt, VerdictRule.class, "minimumTotal", total[0]);
        return new VerdictRule(verdict[0], total[0], Optional.ofNullable(each[0]));
    }

    private Questionnaire questionnaire(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Questionnaire.class, Message.of("term.questionnaire"));
        List<Question> questions = new ArrayList<>();
        fields(p, ctxt, this, Questionnaire.class, id -> {
            Reading.expectObject(p, ctxt, Question.class, Message.of("term.question"));
            Instrument[] instrument = {null};
            Indicator[] indicator = {null};
            QuestionKind[] kind = {QuestionKind.FOUR_LEVEL};
            boolean[] reversed = {false};
            Bilingual[] wording = {null};
            fields(p, ctxt, this, Question.class, name -> {
                switch (name) {
                    case "instrument" -> instrument[0] = Reading.parsed(p, ctxt, Instrument.class, Message.of("term.instrument"), Instrument::parse);
                    case "indicator" -> indicator[0] = Indicator.ofNumber(Reading.integer(p, ctxt, Question.class, Message.of("term.indicator"), 1, 10));
                    case "kind" -> kind[0] = Reading.parsed(p, ctxt, QuestionKind.class, Message.of("term.questionKinds"), k -> {
                        try {
                            return QuestionKind.valueOf(k);
                        } catch (IllegalArgumentException e) {
                            throw InvalidInputException.of(Location.of("kind"), k, Message.of("json.questionKind"));
                        }
                    });
                    case "reversed" -> reversed[0] = Reading.bool(p, ctxt, Question.class, Message.of("term.reversed"));
                    case "wording" -> wording[0] = Reading.bilingual(p, ctxt, this);
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            Reading.require(ctxt, Question.class, "instrument", instrument[0]);
            Reading.require(ctxt, Question.class, "indicator", indicator[0]);
            if (instrument[0] == Instrument.OIT) {
                Reading.refuse(ctxt, Question.class, "OIT", Message.of("json.questionInstrument"));
            }
            questions.add(new Question(id, instrument[0], indicator[0], kind[0], reversed[0], Optional.ofNullable(wording[0])));
            return true;
        });
        return Questionnaire.of(questions);
    }

    private AnswerScale answerScale(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, AnswerScale.class, Message.of("term.answerScale"));
        String[] name = {null};
        List<Rational> points = new ArrayList<>();
        fields(p, ctxt, this, AnswerScale.class, field -> {
            switch (field) {
                case "name" -> name[0] = Reading.string(p, ctxt, AnswerScale.class, Message.of("term.scaleName"));
                case "points" -> points.addAll(array(p, ctxt, Message.of("term.scalePoints"),
                        () -> Reading.converted(ctxt, Rational.class, exactText(p, ctxt), Rational::parse)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, AnswerScale.class, "name", name[0]);
        if (points.isEmpty()) {
            return Reading.converted(ctxt, AnswerScale.class, name[0], AnswerScale::named);
        }
        try {
            return AnswerScale.of(name[0], points);
        } catch (InvalidInputException e) {
            return at(AnswerScale.class, "points", () -> Reading.refuse(ctxt, AnswerScale.class, points.toString(),
                    e.problems().get(0).message()));
        }
    }

    private Map<Instrument, RespondentRule> respondentRules(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, RespondentRule.class, Message.of("term.respondentRules"));
        Map<Instrument, RespondentRule> rules = new LinkedHashMap<>();
        fields(p, ctxt, this, RespondentRule.class, key -> {
            Instrument instrument = Reading.converted(ctxt, Instrument.class, key, Instrument::parse);
            Reading.expectObject(p, ctxt, RespondentRule.class, Message.of("term.respondentRule"));
            BigDecimal[] share = {null};
            long[] minimum = {0};
            Long[] maximum = {null};
            fields(p, ctxt, this, RespondentRule.class, name -> {
                switch (name) {
                    case "share" -> share[0] = Reading.converted(ctxt, BigDecimal.class, exactText(p, ctxt), EditionDeserializer::share);
                    case "minimum" -> minimum[0] = Reading.integer(p, ctxt, RespondentRule.class, Message.of("term.minimum"), 0, 100_000_000);
                    case "maximum" -> maximum[0] = (long) Reading.integer(p, ctxt, RespondentRule.class, Message.of("term.maximum"), 0, 100_000_000);
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            try {
                rules.put(instrument, new RespondentRule(Optional.ofNullable(share[0]), minimum[0],
                        maximum[0] == null ? OptionalLong.empty() : OptionalLong.of(maximum[0])));
            } catch (InvalidInputException e) {
                Reading.refuse(ctxt, RespondentRule.class, Reading.atTheValue(e));
            }
            return true;
        });
        return rules;
    }

    private Provenance provenance(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Provenance.class, Message.of("term.provenanceNote"));
        String[] rule = {null};
        Certainty[] certainty = {null};
        String[] source = {null};
        Provenance.Scope[] scope = {Provenance.Scope.SCORING};
        fields(p, ctxt, this, Provenance.class, name -> {
            switch (name) {
                case "rule" -> rule[0] = Reading.string(p, ctxt, Provenance.class, Message.of("term.rule"));
                case "certainty" -> certainty[0] = Reading.parsed(p, ctxt, Certainty.class, Message.of("term.certainty"), c -> {
                    try {
                        return Certainty.valueOf(c);
                    } catch (IllegalArgumentException e) {
                        throw InvalidInputException.of(Location.of("certainty"), c, Message.of("certainty.unknown"));
                    }
                });
                case "source" -> source[0] = Reading.string(p, ctxt, Provenance.class, Message.of("term.source"));
                case "scope" -> scope[0] = Reading.parsed(p, ctxt, Provenance.Scope.class, Message.of("term.scope"), c -> {
                    try {
                        return Provenance.Scope.valueOf(c);
                    } catch (IllegalArgumentException e) {
                        throw InvalidInputException.of(Location.of("scope"), c, Message.of("scope.unknown"));
                    }
                });
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, Provenance.class, "rule", rule[0]);
        Reading.require(ctxt, Provenance.class, "certainty", certainty[0]);
        Reading.require(ctxt, Provenance.class, "source", source[0]);
        return new Provenance(rule[0], certainty[0], source[0], scope[0]);
    }
}

package org.itascore.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Rational;
import org.itascore.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-computed fixtures. Question i1 answered 4, 4, 3, 1 by four respondents:
 * <pre>
 * exact thirds   (100 + 100 + 200/3 + 0) / 4   = (800/3) / 4 = 200/3  -> 66.67
 * rounded thirds (100 + 100 + 67 + 0) / 4       = 267 / 4            -> 66.75
 * quarters       (100 + 100 + 75 + 25) / 4      = 300 / 4            -> 75.00
 * </pre>
 */
class TallyTest {

    private static final Questionnaire Q = Questionnaire.STANDARD;
    private static final Question I1 = Q.find("i1").orElseThrow();
    private static final Question E5 = Q.find("e5").orElseThrow();

    private static Tally i1Answered(int... levels) {
        Tally.Accumulator acc = Tally.accumulator(Q, Instrument.IIT);
        for (int level : levels) {
            acc.add(Response.builder(Q, Instrument.IIT).answer("i1", Answer.level(level)).build());
        }
        return acc.toTally();
    }

    static Stream<Arguments> scales() {
        return Stream.of(
                Arguments.of(AnswerScale.EXACT_THIRDS, Score.ofFraction(200, 3), "66.67"),
                Arguments.of(AnswerScale.ROUNDED_THIRDS, Score.ofFraction(267, 4), "66.75"),
                Arguments.of(AnswerScale.QUARTERS, Score.of(75), "75.00"));
    }

    @ParameterizedTest
    @MethodSource("scales")
    void questionScoreIsTheMeanOfItsRespondentsPoints(AnswerScale scale, Score exact, String printed) {
        Score score = i1Answered(4, 4, 3, 1).questionScore(I1, scale).orElseThrow();
        assertEquals(exact, score);
        assertEquals(printed, score.official().toString());
    }

    @Test
    void reversedFourLevelQuestionsMirrorTheScale() {
        Question reversed = new Question("i1", Instrument.IIT, I1.indicator(), QuestionKind.FOUR_LEVEL, true, Optional.empty());
        // 4, 4, 3, 1 mirrored is 1, 1, 2, 4: (0 + 0 + 100/3 + 100) / 4 = (400/3) / 4 = 100/3
        Rational sum = Rational.ZERO;
        for (int option : new int[] {3, 3, 2, 0}) {
            sum = sum.plus(AnswerScale.EXACT_THIRDS.points(reversed, option));
        }
        assertEquals(Rational.of(100, 3), sum.dividedBy(4));
    }

    @Test
    void yesNoReversedQuestionScoresNoAsHundred() {
        // e5 answered yes, no, no: 0 + 100 + 100 over 3 = 200/3
        Tally.Accumulator acc = Tally.accumulator(Q, Instrument.EIT);
        for (Answer a : List.of(Answer.YES, Answer.NO, Answer.NO)) {
            acc.add(Response.builder(Q, Instrument.EIT).answer("e5", a).build());
        }
        Tally t = acc.toTally();
        assertEquals(Score.ofFraction(200, 3), t.questionScore(E5, AnswerScale.EXACT_THIRDS).orElseThrow());
        assertEquals(1, t.count(E5, Answer.YES));
        assertEquals(2, t.count(E5, Answer.NO));
        assertEquals(3, t.answered(E5));
    }

    @Test
    void unansweredQuestionsAreSkippedForThatQuestionOnly() {
        Tally t = i1Answered(4, 2);
        assertEquals(2, t.respondents());
        assertEquals(Optional.empty(), t.questionScore(Q.find("i2").orElseThrow(), AnswerScale.EXACT_THIRDS));
        assertEquals(Score.ofFraction(200, 3), t.questionScore(I1, AnswerScale.EXACT_THIRDS).orElseThrow()); // (100 + 100/3) / 2
    }

    @Test
    void responsesRefuseUnknownQuestionsWrongKindsAndRepeatsNamingTheQuestion() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Response.builder(Q, Instrument.IIT)
                .answer("i31", Answer.LEVEL_1)
                .answer("e1", Answer.LEVEL_1)
                .answer("i2", Answer.YES)
                .answer("i3", Answer.LEVEL_2)
                .answer("i3", Answer.LEVEL_3)
                .build());
        assertEquals(List.of("/answers/i31", "/answers/e1", "/answers/i2", "/answers/i3"),
                e.problems().stream().map(p -> p.location().toString()).toList());
        assertTrue(e.getMessage().contains("it belongs to EIT"), e.getMessage());
        assertTrue(e.getMessage().contains("answered with a level from 1 to 4"), e.getMessage());
        assertTrue(e.getMessage().contains("answered once"), e.getMessage());
        InvalidInputException yesNo = assertThrows(InvalidInputException.class,
                () -> Response.builder(Q, Instrument.EIT).answer("e5", Answer.LEVEL_4).build());
        assertTrue(yesNo.getMessage().contains("answered yes or no"), yesNo.getMessage());
    }

    @Test
    void aTallyTakesOnlyItsOwnInstrument() {
        Response eit = Response.builder(Q, Instrument.EIT).answer("e1", Answer.LEVEL_1).build();
        assertThrows(InvalidInputException.class, () -> Tally.accumulator(Q, Instrument.IIT).add(eit));
        assertThrows(IllegalArgumentException.class,
                () -> Tally.empty(Q, Instrument.IIT).merge(Tally.empty(Q, Instrument.EIT)));
        assertThrows(InvalidInputException.class, () -> Tally.accumulator(Q, Instrument.IIT).addOptions(new byte[3]));
        byte[] bad = new byte[30];
        bad[0] = 4;
        assertThrows(InvalidInputException.class, () -> Tally.accumulator(Q, Instrument.IIT).addOptions(bad));
    }

    @Test
    void aRefusedResponseLeavesNothingHalfWritten() {
        Tally.Accumulator acc = Tally.accumulator(Q, Instrument.EIT);
        acc.add(Response.builder(Q, Instrument.EIT).answer("e1", Answer.LEVEL_4).build());
        Tally before = acc.toTally();
        byte[] bad = new byte[15];
        java.util.Arrays.fill(bad, (byte) 3);
        bad[4] = 2; // e5 is yes/no: option 2 does not exist; e1-e4 were already counted when it is found
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> acc.addOptions(bad));
        assertEquals("/answers/e5", e.problems().get(0).location().toString());
        assertEquals(before, acc.toTally());
        bad[4] = 1;
        bad[14] = 100; // far outside its scale
        assertThrows(InvalidInputException.class, () -> acc.addOptions(bad));
        bad[14] = -2;
        assertThrows(InvalidInputException.class, () -> acc.addOptions(bad));
        assertEquals(before, acc.toTally());
    }

    @Test
    void countsStayExactPastTheHotLanes() {
        // 200,000 answers of level 4 to i1, three times the 65,535 a 16-bit lane holds between flushes: (200,000 x 100) / 200,000 = 100
        Tally.Accumulator acc = Tally.accumulator(Q, Instrument.IIT);
        byte[] options = new byte[30];
        java.util.Arrays.fill(options, (byte) -1);
        options[0] = 3;
        for (int n = 0; n < 200_000; n++) {
            acc.addOptions(options);
        }
        options[0] = 0;
        acc.addOptions(options); // one level 1: (200,000 x 100 + 0) / 200,001
        Tally t = acc.toTally();
        assertEquals(200_000, t.count(I1, Answer.LEVEL_4));
        assertEquals(1, t.count(I1, Answer.LEVEL_1));
        assertEquals(200_001, t.respondents());
        assertEquals(Score.ofFraction(20_000_000, 200_001), t.questionScore(I1, AnswerScale.EXACT_THIRDS).orElseThrow());
        Tally.Accumulator other = Tally.accumulator(Q, Instrument.IIT);
        other.addOptions(options);
        assertEquals(2, acc.combine(other).toTally().count(I1, Answer.LEVEL_1));
    }

    @Test
    void answersParseLevelsYesNoAndThaiLabels() {
        assertEquals(Answer.LEVEL_4, Answer.parse("มากที่สุด"));
        assertEquals(Answer.LEVEL_1, Answer.parse("น้อยที่สุดหรือไม่มีเลย"));
        assertEquals(Answer.LEVEL_3, Answer.parse("๓"));
        assertEquals(Answer.YES, Answer.parse("มี"));
        assertEquals(Answer.NO, Answer.parse("No"));
        assertEquals(Answer.LEVEL_5, Answer.parse("5"));
        assertThrows(InvalidInputException.class, () -> Answer.parse("7"));
        assertThrows(InvalidInputException.class, () -> Answer.level(0));
    }

    @Test
    void answerScalesAreValidated() {
        assertThrows(InvalidInputException.class, () -> AnswerScale.of("x", List.of(Rational.ZERO)));
        assertThrows(InvalidInputException.class, () -> AnswerScale.of("x",
                List.of(Rational.of(50), Rational.of(40), Rational.of(60), Rational.HUNDRED)));
        assertThrows(InvalidInputException.class, () -> AnswerScale.of("x",
                List.of(Rational.ZERO, Rational.of(40), Rational.of(60), Rational.of(101))));
        assertEquals(AnswerScale.QUARTERS, AnswerScale.named("quarters"));
        assertThrows(InvalidInputException.class, () -> AnswerScale.named("fifths"));
    }

    @Test
    void theStandardQuestionnaireHasSixIitAndFiveEitQuestionsPerIndicator() {
        assertEquals(30, Q.questions(Instrument.IIT).size());
        assertEquals(15, Q.questions(Instrument.EIT).size());
        assertEquals(List.of("i25", "i26", "i27", "i28", "i29", "i30"),
                Q.questions(org.itascore.Indicator.SOLVING_CORRUPTION_PROBLEMS).stream().map(Question::id).toList());
        assertEquals(List.of("e6", "e7", "e8", "e9", "e10"),
                Q.questions(org.itascore.Indicator.COMMUNICATION_EFFICIENCY).stream().map(Question::id).toList());
        assertTrue(E5.reversed());
        assertEquals(QuestionKind.YES_NO, E5.kind());
        assertThrows(InvalidInputException.class, () -> Questionnaire.of(List.of(I1, I1)));
    }

    @Test
    void respondentRulesTakeAShareWithinBoundsAndAllWhenFewer() {
        RespondentRule vocational = RespondentRule.shareOf(new java.math.BigDecimal("0.1"), 30, 400);
        assertEquals(30, vocational.required(java.util.OptionalLong.of(100)));   // 10 -> at least 30
        assertEquals(20, vocational.required(java.util.OptionalLong.of(20)));    // all if fewer
        assertEquals(51, vocational.required(java.util.OptionalLong.of(501)));   // 50.1 rounds up
        assertEquals(400, vocational.required(java.util.OptionalLong.of(5000))); // at most 400
        assertEquals(30, vocational.required(java.util.OptionalLong.empty()));
        assertEquals(25, RespondentRule.atLeast(25).required(java.util.OptionalLong.of(80)));
    }
}

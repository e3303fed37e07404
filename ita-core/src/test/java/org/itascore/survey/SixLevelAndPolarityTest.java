package org.itascore.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * The six-level scale (labels read by the question's kind, points of a six-level scale, the tally's
 * counters at their flush boundary) and the polarity of yes/no questions as questionnaire data. Every
 * expected value is worked by hand in the comments.
 */
class SixLevelAndPolarityTest {

    private static final Questionnaire SIX = Questionnaire.STANDARD.onScale(QuestionKind.SIX_LEVEL);
    private static final Question I1 = SIX.find("i1").orElseThrow();

    @Test
    void labelsAreReadForTheKindOfTheirQuestion() {
        // "น้อย" is level 2 of four and level 3 of six; "มาก" level 3 of four, 4 of six
        assertEquals(Answer.LEVEL_2, Answer.parse("น้อย", QuestionKind.FOUR_LEVEL));
        assertEquals(Answer.LEVEL_3, Answer.parse("น้อย", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.LEVEL_4, Answer.parse("มาก", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.LEVEL_2, Answer.parse("น้อยมาก", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.LEVEL_5, Answer.parse(" มากพอสมควร ", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.LEVEL_6, Answer.parse("มากที่สุด", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.LEVEL_6, Answer.parse("๖", QuestionKind.SIX_LEVEL));
        assertEquals(Answer.NO, Answer.parse("ไม่มี", QuestionKind.YES_NO));
        InvalidInputException five = assertThrows(InvalidInputException.class, () -> Answer.parse("5", QuestionKind.FOUR_LEVEL));
        assertEquals("a four-level question is answered a level from 1 to 4 or a label of its form "
                + "(น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด)", five.problems().get(0).rule());
        assertThrows(InvalidInputException.class, () -> Answer.parse("มากพอสมควร", QuestionKind.FOUR_LEVEL));
        assertThrows(InvalidInputException.class, () -> Answer.parse("1", QuestionKind.YES_NO));
        assertEquals("มากพอสมควร", Answer.LEVEL_5.label(QuestionKind.SIX_LEVEL).thai());
        assertEquals("very little", Answer.LEVEL_2.label(QuestionKind.SIX_LEVEL).english());
        assertEquals("little", Answer.LEVEL_2.label(QuestionKind.FOUR_LEVEL).english());
    }

    @Test
    void aSixLevelQuestionScoresTheMeanOfItsPointsAndMirrorsWhenReversed() {
        // levels 6, 5, 2 on 0/20/40/60/80/100: (100 + 80 + 20) / 3 = 200/3 -> 66.67
        Tally.Accumulator acc = Tally.accumulator(SIX, Instrument.IIT);
        for (Answer a : List.of(Answer.LEVEL_6, Answer.LEVEL_5, Answer.LEVEL_2)) {
            acc.add(Response.builder(SIX, Instrument.IIT).answer("i1", a).build());
        }
        Tally tally = acc.toTally();
        assertEquals(Score.ofFraction(200, 3), tally.questionScore(I1, AnswerScale.SIX_LEVEL_LINEAR).orElseThrow());
        assertEquals(1, tally.count(I1, Answer.LEVEL_5));
        // reversed: 6 -> 1, 5 -> 2, 2 -> 5: (0 + 20 + 80) / 3 = 100/3 -> 33.33
        Question reversed = new Question("i1", Instrument.IIT, Indicator.PERFORMANCE_OF_DUTY, QuestionKind.SIX_LEVEL, true, Optional.empty());
        Rational sum = Rational.ZERO;
        for (int option : new int[] {5, 4, 1}) {
            sum = sum.plus(AnswerScale.SIX_LEVEL_LINEAR.points(reversed, option));
        }
        assertEquals(Rational.of(100, 1), sum);
        // a four-level answer scale cannot score a six-level question
        assertThrows(IllegalArgumentException.class, () -> AnswerScale.EXACT_THIRDS.points(I1, 5));
    }

    @Test
    void levelFiveAndSixAreRefusedOnAFourLevelQuestion() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Response.builder(Questionnaire.STANDARD, Instrument.IIT).answer("i1", Answer.LEVEL_5).build());
        assertEquals("/answers/i1", e.problems().get(0).location().toString());
        assertEquals("question i1 is answered with a level from 1 to 4", e.problems().get(0).rule());
        // the fast path refuses option 4 (level 5) of a four-level question too, leaving nothing half-counted
        Tally.Accumulator acc = Tally.accumulator(Questionnaire.STANDARD, Instrument.IIT);
        byte[] options = new byte[30];
        java.util.Arrays.fill(options, (byte) 0);
        options[29] = 4;
        assertThrows(InvalidInputException.class, () -> acc.addOptions(options));
        assertEquals(0, acc.toTally().count(Questionnaire.STANDARD.find("i1").orElseThrow(), Answer.LEVEL_1));
    }

    @Test
    void countsCrossTheHotCountersFlushExactly() {
        // 1,023 responses fill a 10-bit counter; 3,000 cross two flushes. Every respondent answers level 6 on
        // i1 and level 1 on i2, so the counts are exactly 3,000 each and nothing spills into another level.
        Tally.Accumulator acc = Tally.accumulator(SIX, Instrument.IIT);
        byte[] options = new byte[30];
        java.util.Arrays.fill(options, (byte) -1);
        options[0] = 5;
        options[1] = 0;
        for (int n = 0; n < 3000; n++) {
            acc.addOptions(options);
        }
        Tally tally = acc.toTally();
        assertEquals(3000, tally.count(I1, Answer.LEVEL_6));
        assertEquals(0, tally.count(I1, Answer.LEVEL_5));
        assertEquals(3000, tally.count(SIX.find("i2").orElseThrow(), Answer.LEVEL_1));
        assertEquals(3000, tally.respondents());
        assertEquals(Score.of(100), tally.questionScore(I1, AnswerScale.SIX_LEVEL_LINEAR).orElseThrow());
    }

    @Test
    void yesNoPolarityIsDataOfEachQuestion() {
        // As forms differ: q1 scores มี (yes) 100, q2 is reversed and scores ไม่มี (no) 100.
        Questionnaire q = Questionnaire.of(List.of(
                new Question("q1", Instrument.EIT, Indicator.QUALITY_OF_OPERATIONS, QuestionKind.YES_NO, false, Optional.empty()),
                new Question("q2", Instrument.EIT, Indicator.QUALITY_OF_OPERATIONS, QuestionKind.YES_NO, true, Optional.empty())));
        Tally.Accumulator acc = Tally.accumulator(q, Instrument.EIT);
        // answers (q1, q2): (yes, yes), (yes, no), (no, no)
        acc.add(Response.builder(q, Instrument.EIT).answer("q1", Answer.YES).answer("q2", Answer.YES).build());
        acc.add(Response.builder(q, Instrument.EIT).answer("q1", Answer.YES).answer("q2", Answer.NO).build());
        acc.add(Response.builder(q, Instrument.EIT).answer("q1", Answer.NO).answer("q2", Answer.NO).build());
        Tally tally = acc.toTally();
        // q1: 100 + 100 + 0 = 200 over 3 -> 200/3; q2: 0 + 100 + 100 = 200 over 3 -> 200/3
        assertEquals(Score.ofFraction(200, 3), tally.questionScore(q.find("q1").orElseThrow(), AnswerScale.EXACT_THIRDS).orElseThrow());
        assertEquals(Score.ofFraction(200, 3), tally.questionScore(q.find("q2").orElseThrow(), AnswerScale.EXACT_THIRDS).orElseThrow());
        assertEquals(1, tally.count(q.find("q2").orElseThrow(), Answer.YES));
    }

    @Test
    void anEditionsScaleHasAsManyLevelsAsItsQuestions() {
        Edition base = Editions.builtIn().get("nacc-2569");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> base.toBuilder().questionnaire(SIX).build());
        assertEquals(ProblemKind.CONFLICT, e.problems().get(0).kind());
        assertEquals("/questionnaire/i1", e.problems().get(0).location().toString());
        assertTrue(e.problems().get(0).rule().contains("exact-thirds (FOUR_LEVEL)"), e.getMessage());
        assertEquals(44, e.problems().size(), "every scale question of the 45 (e5 is yes/no)");
        Edition six = base.toBuilder().questionnaire(SIX).answerScale(AnswerScale.named("six-level-linear")).build();
        assertEquals(QuestionKind.SIX_LEVEL, six.answerScale().kind());
        assertThrows(InvalidInputException.class, () -> AnswerScale.of("five", List.of(Rational.ZERO, Rational.ONE,
                Rational.of(2), Rational.of(3), Rational.of(4))));
    }
}

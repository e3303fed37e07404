package org.itascore.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.oit.OitChecklist;
import org.itascore.oit.OitChecklistTestAccess;
import org.itascore.survey.Answer;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.SurveyFixtures;
import org.itascore.survey.Tally;
import org.junit.jupiter.api.Test;

/**
 * End to end from raw data, computed by hand:
 * <pre>
 * IIT: two respondents, all level 4, except respondent 2 answers i1 with level 3.
 *   i1 = (100 + 200/3) / 2 = 250/3; indicator 1 = (250/3 + 5 x 100) / 6 = 875/9; indicators 2-5 = 100
 *   IIT = (875/9 + 400) / 5 = 895/9 = 99.444...
 * EIT: one respondent, all level 4, e5 "no" (reversed: 100). EIT = 100.
 * OIT: every item present but O1. Indicator 9 = 4400/45 = 97.777...; indicator 10 = 100; OIT = 890/9.
 * Total = 0.3 x 895/9 + 0.3 x 100 + 0.4 x 890/9 = (268.5 + 270 + 356) / 9 = 894.5/9 = 99.3888... -> 99.39
 * </pre>
 */
class RawAssessorTest {

    private static final Edition EDITION = Editions.builtIn().get("obec-esa-2564");
    private static final Questionnaire Q = Questionnaire.STANDARD;

    static RawData data(Populations populations) {
        Tally iit = Stream.of(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO),
                SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO, "i1", Answer.LEVEL_3)).collect(Tally.collector(Q, Instrument.IIT));
        Tally eit = Stream.of(SurveyFixtures.uniform(Instrument.EIT, 4, Answer.NO)).collect(Tally.collector(Q, Instrument.EIT));
        return new RawData(iit, eit, OitChecklistTestAccess.without("O1"), populations);
    }

    @Test
    void rawDataGiveTheSameAssessmentAsTheirIndicatorScores() {
        RawAssessment raw = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564), data(Populations.of(2, 1)));
        Assessment a = raw.assessment();
        assertEquals(Score.ofFraction(875, 9), a.indicator(Indicator.PERFORMANCE_OF_DUTY).exactScore());
        assertEquals(Score.ofFraction(895, 9), a.instrument(Instrument.IIT).exactScore());
        assertEquals(Score.HUNDRED, a.instrument(Instrument.EIT).exactScore());
        assertEquals(Score.ofFraction(890, 9), a.instrument(Instrument.OIT).exactScore());
        assertEquals(Score.ofFraction(8945, 90), a.exactScore());
        assertEquals("99.39", a.score().toString());
        assertEquals(List.of(), a.findings(), "populations of 2 and 1 are fully surveyed");
    }

    @Test
    void blankResponsesAreNotRespondentsAndCannotHideTooFewOfThem() {
        // the hand-worked data (2 IIT respondents of a staff of 2) plus 5 blank IIT responses: the minimum of 2
        // is met by the two real respondents only, the scores are unchanged, and the blank ones are reported
        Tally.Accumulator iit = Tally.accumulator(Q, Instrument.IIT);
        RawData base = data(Populations.of(7, 1));
        byte[] blank = new byte[Q.questions(Instrument.IIT).size()];
        java.util.Arrays.fill(blank, (byte) -1);
        Stream.of(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO),
                SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO, "i1", Answer.LEVEL_3)).forEach(iit::add);
        for (int i = 0; i < 5; i++) {
            iit.addOptions(blank);
        }
        Tally tally = iit.toTally();
        assertEquals(2, tally.respondents());
        assertEquals(5, tally.blankResponses());
        Assessment a = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564),
                new RawData(tally, base.eit(), base.oit(), Populations.of(7, 1))).assessment();
        assertEquals(Score.ofFraction(8945, 90), a.exactScore(), "blank responses change no score");
        // a staff of 7 needs all 7 (fewer than 25): 2 real respondents are too few, whatever the blank ones
        assertEquals(List.of(FindingKind.BLANK_RESPONSES, FindingKind.TOO_FEW_RESPONDENTS),
                a.findings().stream().map(f -> f.kind()).toList());
        assertEquals("5", a.findings().get(0).printed().orElseThrow());
        assertEquals("2", a.findings().get(1).printed().orElseThrow());
    }

    @Test
    void tooFewRespondentsIsAFindingNotAnException() {
        Assessment a = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564), data(Populations.UNKNOWN)).assessment();
        assertEquals(List.of(FindingKind.TOO_FEW_RESPONDENTS, FindingKind.TOO_FEW_RESPONDENTS),
                a.findings().stream().map(f -> f.kind()).toList());
        assertEquals(Instrument.IIT, a.findings().get(0).instrument().orElseThrow());
        assertEquals("2", a.findings().get(0).printed().orElseThrow());
        assertEquals("25", a.findings().get(0).expected().orElseThrow());
        assertEquals("30", a.findings().get(1).expected().orElseThrow());
        assertTrue(a.findings().get(0).message().thai().contains("น้อยกว่าขั้นต่ำ"));
    }

    @Test
    void questionsWithoutAnswersAreReportedAndLeftOutOfTheMean() {
        // nobody answers i2: indicator 1 = mean(i1, i3..i6) = (250/3 + 400) / 5 = 290/3
        Tally iit = Stream.of(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO, "i2", null),
                SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO, "i1", Answer.LEVEL_3, "i2", null))
                .collect(Tally.collector(Q, Instrument.IIT));
        RawData d = data(Populations.of(2, 1));
        RawAssessment raw = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564), new RawData(iit, d.eit(), d.oit(), d.populations()));
        assertEquals(Score.ofFraction(290, 3), raw.assessment().indicator(Indicator.PERFORMANCE_OF_DUTY).exactScore());
        assertEquals(FindingKind.QUESTION_WITHOUT_ANSWERS, raw.assessment().findings().get(0).kind());
        assertEquals(Indicator.PERFORMANCE_OF_DUTY, raw.assessment().findings().get(0).indicator().orElseThrow());
    }

    @Test
    void questionsAreListedFromLowestToHighest() {
        RawAssessment raw = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564), data(Populations.of(2, 1)));
        List<QuestionScore> one = raw.questions().get(Indicator.PERFORMANCE_OF_DUTY);
        assertEquals(List.of("i1", "i2", "i3", "i4", "i5", "i6"), one.stream().map(q -> q.question().id()).toList());
        assertEquals(Score.ofFraction(250, 3), one.get(0).score());
        assertEquals(2, one.get(0).respondents());
    }

    @Test
    void publishNextRanksAbsentItemsByTheExactPointsTheyAdd() {
        // O42 (10.2: 2 items, 2 subs): 100/2/2 = 25 x 0.2 = 5; O25 (9.4: 4 items, 5 subs): 100/4/5 = 5 x 0.2 = 1;
        // O1 (9.1: 9 items, 5 subs): 100/9/5 = 20/9 x 0.2 = 4/9
        OitChecklist checklist = OitChecklistTestAccess.without("O1", "O25", "O42");
        List<PublishNext> next = RawAssessor.publishNext(EDITION, checklist);
        assertEquals(List.of("O42", "O25", "O1"), next.stream().map(n -> n.item().id()).toList());
        assertEquals(Score.of(5), next.get(0).overallGain());
        assertEquals(Score.of(25), next.get(0).indicatorGain());
        assertEquals(Score.ofFraction(4, 9), next.get(2).overallGain());
        assertEquals("0.44", next.get(2).overallGain().official().toString());
    }

    @Test
    void anIndicatorWithNoAnswersCannotBeScored() {
        Tally empty = Tally.empty(Q, Instrument.EIT);
        RawData d = data(Populations.of(2, 1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RawAssessor.assess(EDITION, "office",
                FiscalYear.of(2564), new RawData(d.iit(), empty, d.oit(), d.populations())));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("indicator 6 cannot be scored"), e.getMessage());
    }

    @Test
    void theScaleCanBeOverriddenByTheCaller() {
        // quarters: i1 = (100 + 75) / 2 = 87.5; indicator 1 = (87.5 + 500) / 6 = 587.5/6 = 1175/12
        RawAssessment raw = RawAssessor.assess(EDITION, "office", FiscalYear.of(2564), data(Populations.of(2, 1)),
                org.itascore.survey.AnswerScale.QUARTERS);
        assertEquals(Score.ofFraction(1175, 12), raw.assessment().indicator(Indicator.PERFORMANCE_OF_DUTY).exactScore());
    }

    @Test
    void editionsWithoutTheClassicCatalogueTakeTheChecklistsOwn() {
        Edition fy2566 = Editions.builtIn().get("obec-esa-2566");
        assertTrue(fy2566.oitCatalogue().isEmpty());
        RawAssessment raw = RawAssessor.assess(fy2566, "office", FiscalYear.of(2566), data(Populations.of(2, 1)));
        assertEquals("99.39", raw.assessment().score().toString());
        Edition noQuestions = Edition.builder("bare").title(org.itascore.Bilingual.of("ก", "b")).fiscalYear(FiscalYear.of(2566))
                .instrument(Instrument.OIT, org.itascore.Weight.ONE, Indicator.INFORMATION_DISCLOSURE).build();
        assertThrows(InvalidInputException.class,
                () -> RawAssessor.assess(noQuestions, "office", FiscalYear.of(2566), data(Populations.of(2, 1))));
    }

    @Test
    void theResponseAnsweredIsKeptExactly() {
        Response r = SurveyFixtures.uniform(Instrument.EIT, 2, Answer.YES);
        assertEquals(Answer.YES, r.answer(Q.find("e5").orElseThrow()).orElseThrow());
        assertEquals(Answer.LEVEL_2, r.answer(Q.find("e1").orElseThrow()).orElseThrow());
    }
}

package org.itascore.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.itascore.Theories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GradeScaleTest {

    static Stream<Arguments> standardEdges() {
        return Stream.of(
                Arguments.of("100", Grade.AA), Arguments.of("95.00", Grade.AA), Arguments.of("94.995", Grade.AA),
                Arguments.of("94.994", Grade.A), Arguments.of("94.99", Grade.A), Arguments.of("85", Grade.A),
                Arguments.of("84.995", Grade.A), Arguments.of("84.994", Grade.B), Arguments.of("75", Grade.B),
                Arguments.of("74.99", Grade.C), Arguments.of("65", Grade.C), Arguments.of("64.99", Grade.D),
                Arguments.of("55", Grade.D), Arguments.of("54.99", Grade.E), Arguments.of("50", Grade.E),
                Arguments.of("49.99", Grade.F), Arguments.of("49.995", Grade.E), Arguments.of("0", Grade.F));
    }

    @ParameterizedTest
    @MethodSource("standardEdges")
    void gradesTheTwoDecimalScore(String score, Grade grade) {
        assertEquals(grade, GradeScale.STANDARD.grade(Score.parse(score)));
    }

    @Test
    void printsRangesAsReportsDo() {
        assertEquals("85.00-94.99", GradeScale.STANDARD.band(Grade.A).orElseThrow().printedRange());
        assertEquals("95.00-100.00", GradeScale.STANDARD.band(Grade.AA).orElseThrow().printedRange());
        assertEquals("0.00-49.99", GradeScale.STANDARD.band(Grade.F).orElseThrow().printedRange());
        assertEquals("AA [95.00, 100.00]", GradeScale.STANDARD.band(Grade.AA).orElseThrow().toString());
    }

    @Test
    void refusesAGap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GradeScale.of(List.of(
                GradeBand.of(Grade.F, 0, 50), GradeBand.of(Grade.A, 60, 100))));
        assertTrue(e.getMessage().contains("gap"), e.getMessage());
        assertTrue(e.getMessage().contains("from 50.00 to below 60.00"), e.getMessage());
    }

    @Test
    void refusesAnOverlap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GradeScale.of(List.of(
                GradeBand.of(Grade.F, 0, 60), GradeBand.of(Grade.A, 50, 100))));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertTrue(e.getMessage().contains("from 50.00 to below 60.00"), e.getMessage());
    }

    @Test
    void refusesBandsThatDoNotCoverZeroAndHundredOrRepeatAGrade() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GradeScale.of(List.of(
                GradeBand.of(Grade.F, 10, 50), GradeBand.of(Grade.F, 50, 90))));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("start at 0"));
        assertTrue(e.getMessage().contains("end at 100"));
        assertTrue(e.getMessage().contains("each grade has one band"));
        assertThrows(InvalidInputException.class, () -> GradeScale.of(List.of()));
    }

    @Test
    void refusesMalformedBands() {
        assertThrows(IllegalArgumentException.class, () -> GradeBand.of(Grade.A, 90, 85));
        assertThrows(IllegalArgumentException.class,
                () -> GradeBand.of(Grade.A, Score.parse("85.001"), Score.HUNDRED));
    }

    @Test
    void everyScoreHasExactlyOneBandAndGradesAreMonotone() {
        List<GradeBand> bands = GradeScale.STANDARD.bands();
        Theories.qt("every score in [0, 100] has exactly one band")
                .forAll(Theories.hundredths())
                .check(c -> bands.stream().filter(b -> b.contains(Theories.score(c))).count() == 1);
        Theories.qt("grades are monotone in the score")
                .forAll(Theories.hundredths(), Theories.hundredths())
                .check((a, b) -> {
                    Grade ga = GradeScale.STANDARD.grade(Theories.score(Math.min(a, b)));
                    Grade gb = GradeScale.STANDARD.grade(Theories.score(Math.max(a, b)));
                    return ga.compareTo(gb) >= 0; // enum order runs from AA (best) to F
                });
    }
}

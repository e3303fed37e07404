package org.itascore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs every example and checks what it prints, so that the examples cannot rot. The expected lines were
 * worked out by hand; the arithmetic is in the comments.
 */
@Execution(ExecutionMode.SAME_THREAD)
class ExamplesTest {

    interface Main {
        void run() throws Exception;
    }

    private static String output(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoreFromIndicators() throws Exception {
        assertEquals("""
                Total 90.05 (exactly 90.0532), grade A, passed
                IIT 94.33, EIT 90.01, OIT 86.88
                Below the pass mark: 10 Corruption prevention 83.75 (B)
                """, output(() -> ScoreFromIndicators.main(new String[0])));
    }

    @Test
    void scoreFromRawData() throws Exception {
        // i8: 10 of 30 answer level 2: (10 x 100/3 + 20 x 100) / 30 = 700/9; indicator 2 = (500 + 700/9) / 6 = 2600/27 = 96.30
        // IIT = (400 + 2600/27) / 5 = 2680/27; EIT: indicator 6 = (4 x 200/3 + 100) / 5 = 220/3, 7 and 8 = 200/3, EIT = 620/9
        // OIT: 9 = 100, 10 = mean(7/8, 1/2) = 68.75; total = 0.3 x 2680/27 + 0.3 x 620/9 + 0.4 x 84.375 = 84.1944 -> 84.19
        // publish O43 (10.2: 100/2/2 x 0.2 = 5), O36 (10.1: 100/8/2 x 0.2 = 1.25); 30 and 40 respondents meet 25 and 30
        assertEquals("""
                Total 84.19, grade B
                Indicator 2 (use of budget): 96.30, weakest question i8
                Publish O43 (Actions under those measures): +5.00
                Publish O36 (Annual corruption risk assessment): +1.25
                """, output(() -> ScoreFromRawData.main(new String[0])));
    }

    @Test
    void auditPublishedReport() throws Exception {
        assertEquals("""
                Recomputed total 84.81 (exactly 84.8138); consistent: false
                GRADE_MISMATCH: indicator 7 82.55 is printed as grade A but the bands give B
                PASS_LABEL_MISMATCH: indicator 7 82.55 is labelled passed but against the pass mark 85.00 it does not pass
                GRADE_MISMATCH: indicator 10 73.21 is printed as grade B but the bands give C
                """, output(() -> AuditPublishedReport.main(new String[0])));
    }

    @Test
    void cohortOfOffices() throws Exception {
        // totals: Khon Kaen 90.0532; B 27.36 + 25.8 + 31.6 = 84.76; C 25.2 + 24 + 29 = 78.2; D 28.92 + 28.2 + 37.6 = 94.72
        // mean 347.7332 / 4 = 86.9333; median (84.76 + 90.0532) / 2 = 87.4066; sd 6.15 (Python, 50 digits)
        assertEquals("""
                4 offices: mean 86.93, median 87.41, sd 6.15
                Passed 2 of 4; the 80% target is not met
                1. Office D 94.72 A
                2. Khon Kaen 90.05 A
                3. Office B 84.76 B
                4. Office C 78.20 B
                Weakest indicator: 10 Corruption prevention
                """, output(() -> CohortOfOffices.main(new String[0])));
    }

    @Test
    void whatIfTargets() throws Exception {
        // 0.1812 more points: OIT / 0.2 = 0.906, EIT / 0.1 = 1.812, IIT / 0.06 = 3.02, each rounded up to hundredths
        assertEquals("""
                Total 84.81; to pass, one indicator alone would need:
                  9 Information disclosure: 86.35 (from 85.44)
                  10 Corruption prevention: 74.12 (from 73.21)
                  6 Quality of operations: 93.96 (from 92.14)
                  7 Communication efficiency: 84.37 (from 82.55)
                  8 Improvement of the work system: 81.71 (from 79.89)
                  1 Performance of duty: 99.63 (from 96.61)
                  2 Use of budget: 90.28 (from 87.26)
                  3 Use of authority: 96.39 (from 93.37)
                  4 Use of government property: 93.64 (from 90.62)
                  5 Solving corruption problems: 95.59 (from 92.57)
                """, output(() -> WhatIfTargets.main(new String[0])));
    }

    @Test
    void customEditionFromJson() throws Exception {
        // nacc-2568: 0.3 x 90 + 0.3 x 80 + 0.4 x 100 = 91 (EIT 80 < 85: PASS, not GOOD_PASS)
        // district-2568: 0.25 x 90 + 0.25 x 80 + 0.5 x 100 = 92.5
        assertEquals("""
                nacc-2568: 91.00 A PASS
                district-2568: 92.50 A
                """, output(() -> CustomEditionFromJson.main(new String[0])));
    }
}

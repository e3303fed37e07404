package org.itascore.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itascore.json.ItaJson;
import org.itascore.raw.SurveyBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic dataset is deterministic, exact in its totals, and valid input for the library. */
class NationalDatasetTest {

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        NationalDataset.write(a, 3);
        NationalDataset.write(b, 3);
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(Files.readAllBytes(NationalDataset.survey(a, o)), Files.readAllBytes(NationalDataset.survey(b, o)));
            assertArrayEquals(Files.readAllBytes(NationalDataset.checklist(a, o)), Files.readAllBytes(NationalDataset.checklist(b, o)));
        }
    }

    @Test
    void responsesAreSpreadSoThatTheNationalTotalsAreExact(@TempDir Path dir) throws IOException {
        // 25 offices get 25/8,325 of each total: 461,440 x 25 / 8,325 = 1,385 IIT; 907,795 x 25 / 8,325 = 2,726 EIT
        NationalDataset.write(dir, 25);
        long iit = 0;
        long eit = 0;
        for (int o = 0; o < 25; o++) {
            try (InputStream in = Files.newInputStream(NationalDataset.survey(dir, o))) {
                SurveyBatch batch = ItaJson.standard().readSurveyBatch(in, null);
                iit += batch.iit().respondents();
                eit += batch.eit().respondents();
                try (InputStream oit = Files.newInputStream(NationalDataset.checklist(dir, o))) {
                    var score = batch.assess(batch.checklist(ItaJson.standard().readChecklist(oit))).assessment().score();
                    assertTrue(score.compareTo(org.itascore.Score.of(40)) > 0, "answers are mostly high: " + score);
                }
            }
        }
        assertEquals(1_385, iit);
        assertEquals(2_726, eit);
    }

    @Test
    void levelsAreMostlyHigh() {
        // quality 0.95: level 4 below 0.741, level 3 below 0.741 + 0.259 x 0.85 = 0.961, level 2 below 0.990
        assertEquals(4, NationalDataset.level(0.74, 0.95));
        assertEquals(3, NationalDataset.level(0.95, 0.95));
        assertEquals(2, NationalDataset.level(0.98, 0.95));
        assertEquals(1, NationalDataset.level(0.995, 0.95));
    }
}

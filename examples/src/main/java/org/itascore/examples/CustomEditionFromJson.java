package org.itascore.examples;

import java.io.InputStream;
import org.itascore.FiscalYear;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;

/**
 * Use case: a district scores FY2568 under rules of its own (here OIT weighs 0.5), loaded from JSON
 * (format 5) and checked exactly as a built-in edition is.
 */
public final class CustomEditionFromJson {

    private CustomEditionFromJson() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     * @throws Exception if the bundled edition cannot be read
     */
    public static void main(String[] args) throws Exception {
        Edition mine;
        try (InputStream in = CustomEditionFromJson.class.getResourceAsStream("district-2568.json")) {
            mine = ItaJson.standard().readEdition(in);
        }
        Editions editions = Editions.builtIn().with(mine);
        IndicatorScores scores = IndicatorScores.parse("90", "90", "90", "90", "90", "80", "80", "80", "100", "100");
        Assessment theirs = Assessor.assess(editions.get("nacc-2568"), "office", FiscalYear.of(2568), scores);
        Assessment ours = Assessor.assess(editions.get("district-2568"), "office", FiscalYear.of(2568), scores);
        System.out.println("nacc-2568: " + theirs.score() + " " + theirs.grade() + theirs.verdict().map(v -> " " + v).orElse(""));
        System.out.println("district-2568: " + ours.score() + " " + ours.grade());
    }
}

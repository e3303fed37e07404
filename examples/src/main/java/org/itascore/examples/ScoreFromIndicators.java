package org.itascore.examples;

import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;

/**
 * Use case: a district system has an office's ten indicator scores and wants the total, the grade and
 * the indicators to work on. Khon Kaen Secondary ESA, FY2566.
 */
public final class ScoreFromIndicators {

    private ScoreFromIndicators() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Edition edition = Editions.builtIn().get("obec-esa-2566");
        IndicatorScores scores = IndicatorScores.parse(
                "98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75");
        Assessment a = Assessor.assess(edition, "สพม.ขอนแก่น", FiscalYear.of(2566), scores);

        System.out.println("Total " + a.score() + " (exactly " + a.exactScore().toExactString() + "), grade " + a.grade()
                + (a.passed() ? ", passed" : ", not passed"));
        System.out.println("IIT " + a.instrument(Instrument.IIT).score() + ", EIT " + a.instrument(Instrument.EIT).score()
                + ", OIT " + a.instrument(Instrument.OIT).score());
        for (IndicatorResult r : a.indicators()) {
            if (!r.passed()) {
                System.out.println("Below the pass mark: " + r.indicator().number() + " " + r.indicator().title().english()
                        + " " + r.score() + " (" + r.grade() + ")");
            }
        }
    }
}

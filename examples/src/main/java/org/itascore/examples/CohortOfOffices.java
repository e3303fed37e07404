package org.itascore.examples;

import java.util.List;
import org.itascore.FiscalYear;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.cohort.Cohort;
import org.itascore.cohort.CohortStatistics;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;

/**
 * Use case: a supervisor asks how its offices stand against the national target of 80% at 85 or more.
 */
public final class CohortOfOffices {

    private CohortOfOffices() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Edition edition = Editions.builtIn().get("obec-esa-2566");
        List<Assessment> offices = List.of(
                assess(edition, "Khon Kaen", "98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75"),
                assess(edition, "Office B", "92", "90", "91", "93", "90", "88", "86", "84", "80", "78"),
                assess(edition, "Office C", "85", "84", "86", "83", "82", "80", "79", "81", "75", "70"),
                assess(edition, "Office D", "97", "96", "98", "95", "96", "94", "95", "93", "96", "92"));
        CohortStatistics s = offices.stream().collect(Cohort.collector()).statistics(edition);
        System.out.println(s.count() + " offices: mean " + s.mean().official() + ", median " + s.median().official() + ", sd " + s.standardDeviation());
        System.out.println("Passed " + s.passed() + " of " + s.count() + "; the 80% target is " + (s.targetMet() ? "met" : "not met"));
        s.ranking().forEach(r -> System.out.println(r.rank() + ". " + r.office() + " " + r.score().official() + " " + r.grade()));
        System.out.println("Weakest indicator: " + s.weakestIndicator().number() + " " + s.weakestIndicator().title().english());
    }

    private static Assessment assess(Edition edition, String office, String... scores) {
        return Assessor.assess(edition, office, FiscalYear.of(2566), IndicatorScores.parse(scores));
    }
}

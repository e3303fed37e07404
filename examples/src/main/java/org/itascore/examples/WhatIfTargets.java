package org.itascore.examples;

import org.itascore.FiscalYear;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.Target;
import org.itascore.whatif.WhatIf;

/**
 * Use case: Chachoengsao Primary ESA 2 scored 84.81 in FY2562, just under the pass mark. What would one
 * indicator alone have needed?
 */
public final class WhatIfTargets {

    private WhatIfTargets() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2562"), "สพป.ฉะเชิงเทรา เขต ๒", FiscalYear.of(2562),
                IndicatorScores.parse("96.61", "87.26", "93.37", "90.62", "92.57", "92.14", "82.55", "79.89", "85.44", "73.21"));
        WhatIf w = WhatIf.of(a, Target.parse("pass"));
        System.out.println("Total " + a.score() + "; to pass, one indicator alone would need:");
        for (IndicatorNeed n : w.indicators()) {
            System.out.println("  " + n.indicator().number() + " " + n.indicator().title().english() + ": "
                    + n.needed().map(x -> x + " (from " + n.current() + ")").orElse("unreachable"));
        }
    }
}

package org.itascore.render;

import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.history.History;

/** The charts of a {@link Document}: each drawn by {@link Charts} as SVG and by {@link ChartImages} as PNG, on demand. */
final class DocumentCharts {

    /** The plot heights the pages use, in SVG units. */
    private static final int INDICATORS = 110;
    private static final int HISTORY = 80;

    private DocumentCharts() {
    }

    static Document.Chart indicators(Assessment a, Style s) {
        return new Document.Chart(s.text(Message.of("text.indicatorScoresAgainstPass")), aspect(INDICATORS), () -> {
            StringBuilder h = new StringBuilder(4096);
            Charts.indicators(a, s, INDICATORS, h);
            return h.toString();
        }, () -> ChartImages.indicators(a, s, INDICATORS));
    }

    static Document.Chart history(History history, Style s) {
        return new Document.Chart(s.text(Message.of("text.scoreOverYears")), aspect(HISTORY), () -> {
            StringBuilder h = new StringBuilder(2048);
            Charts.history(history, s, HISTORY, h);
            return h.toString();
        }, () -> ChartImages.history(history, s, HISTORY));
    }

    private static double aspect(int plotHeight) {
        return (plotHeight + Charts.TOP + Charts.UNDER) / (double) Charts.WIDTH;
    }
}

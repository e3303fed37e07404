package org.itascore.examples;

import java.io.InputStream;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;

/**
 * Use case: an auditor checks what a published report printed. Chachoengsao Primary ESA 2, FY2562,
 * printed grade A and "pass" on indicator 7 (82.55) and grade B on indicator 10 (73.21).
 */
public final class AuditPublishedReport {

    private AuditPublishedReport() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     * @throws Exception if the bundled report cannot be read
     */
    public static void main(String[] args) throws Exception {
        IndicatorReport report;
        try (InputStream in = AuditPublishedReport.class.getResourceAsStream("chachoengsao-2-2562.json")) {
            report = ItaJson.standard().readReport(in);
        }
        AuditReport audit = Auditor.audit(report, Editions.builtIn());
        System.out.println("Recomputed total " + audit.assessment().score() + " (exactly "
                + audit.assessment().exactScore().toExactString() + "); consistent: " + audit.consistent());
        audit.findings().forEach(f -> System.out.println(f.kind() + ": " + f.message().english()));
    }
}

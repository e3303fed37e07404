package org.itascore.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Finding;
import org.itascore.assess.Assessment;

/**
 * The result of auditing a published report: the exact recomputation and every inconsistency found.
 *
 * @param assessment the assessment recomputed from the report's indicator scores
 * @param findings the inconsistencies, in the order checked: total, instruments, overall grade, pass and
 *     verdict, then indicators by number, then the history by year
 */
public record AuditReport(Assessment assessment, ImmutableList<Finding> findings) {

    /**
     * Creates an audit report.
     *
     * @param assessment the assessment recomputed from the report's indicator scores
     * @param findings the inconsistencies, in the order checked
     * @throws NullPointerException if either is null
     */
    public AuditReport {
        requireNonNull(assessment, "assessment");
        requireNonNull(findings, "findings");
    }

    /** {@return whether the report is consistent: no findings} */
    public boolean consistent() {
        return findings.isEmpty();
    }
}

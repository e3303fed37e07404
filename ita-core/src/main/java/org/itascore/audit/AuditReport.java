package org.itascore.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Finding;
import org.itascore.assess.Assessment;

/**
 * The result of auditing a published report: the exact recomputation and every inconsistency found.
 */
public final class AuditReport {

    private final Assessment assessment;
    private final ImmutableList<Finding> findings;

    AuditReport(Assessment assessment, ImmutableList<Finding> findings) {
        requireNonNull(assessment, "assessment");
        requireNonNull(findings, "findings");
        this.assessment = assessment;
        this.findings = findings;
    }

    /** {@return the assessment recomputed from the report's indicator scores} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return the inconsistencies, in the order checked: total, instruments, overall grade, pass and verdict, then indicators by number, then the history by year} */
    public ImmutableList<Finding> findings() {
        return findings;
    }


    /** {@return whether the report is consistent: no findings} */
    public boolean consistent() {
        return findings.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AuditReport other && assessment.equals(other.assessment) && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(assessment, findings);
    }

    @Override
    public String toString() {
        return "AuditReport[" + "assessment=" + assessment + ", " + "findings=" + findings + "]";
    }
}

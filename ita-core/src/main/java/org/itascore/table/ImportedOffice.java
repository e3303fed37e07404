package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.itascore.Finding;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitChecklist;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.RawAssessor;
import org.itascore.raw.SurveyBatch;
import org.itascore.survey.AnswerScale;

/**
 * One office read from tables: its survey batch and, when a checklist sheet was read, its checklist as read
 * and as checked against the edition's catalogue. Immutable and thread-safe; made by {@link TableImport}.
 *
 * @param batch the office's survey batch, tallied
 * @param checklistInput the checklist as read, if a checklist sheet was read
 * @param checklist the checklist checked against the batch's edition, if a checklist sheet was read
 * @param findings what reading the sheets found about the office's answers (answers time-stamped outside the
 *     fiscal year), attached to its assessment
 */
public record ImportedOffice(SurveyBatch batch, Optional<ChecklistInput> checklistInput, Optional<OitChecklist> checklist,
        ImmutableList<Finding> findings) {

    /**
     * Creates the office's import.
     *
     * @param batch the survey batch
     * @param checklistInput the checklist as read, if any
     * @param checklist the checklist checked, present exactly when {@code checklistInput} is
     * @param findings what reading the sheets found
     * @throws IllegalArgumentException if one checklist is given without the other
     */
    public ImportedOffice {
        requireNonNull(batch, "batch");
        findings = ImmutableList.copyOf(findings);
        requireNonNull(checklistInput, "checklistInput");
        requireNonNull(checklist, "checklist");
        if (checklistInput.isPresent() != checklist.isPresent()) {
            throw new IllegalArgumentException("a checklist is given as read and as checked, or not at all");
        }
    }

    /** {@return the office's name} */
    public String office() {
        return batch.office();
    }

    /**
     * Scores the office from its raw data.
     *
     * @param scale the points of the four-level answers, or {@code null} for the edition's
     * @return the assessment
     * @throws InvalidInputException if no checklist sheet was read: scoring needs the OIT checklist
     */
    public RawAssessment assess(AnswerScale scale) {
        OitChecklist oit = checklist.orElseThrow(() -> InvalidInputException.of(Location.of("oit"), null,
                Message.of("raw.needsChecklist")));
        return RawAssessor.assess(batch, oit, scale, findings);
    }

    /**
     * Scores the office with a checklist kept apart from the sheets (a JSON checklist), checked here against
     * the batch's edition; it stands in for any checklist sheet read.
     *
     * @param scale the points of the four-level answers, or {@code null} for the edition's
     * @param given the office's checklist as read
     * @return the assessment
     * @throws InvalidInputException if the checklist does not fit the edition's catalogue, located under
     *     {@code /oit}
     */
    public RawAssessment assess(AnswerScale scale, ChecklistInput given) {
        requireNonNull(given, "given");
        OitChecklist oit;
        try {
            oit = batch.checklist(given);
        } catch (InvalidInputException e) {
            throw e.under(Location.of("oit"));
        }
        return RawAssessor.assess(batch, oit, scale, findings);
    }
}

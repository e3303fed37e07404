package org.itascore.json;

import static java.util.Objects.requireNonNull;

import org.itascore.InvalidInputException;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitChecklist;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.RawAssessor;
import org.itascore.raw.RawRequest;
import org.itascore.raw.SurveyBatch;
import org.itascore.survey.AnswerScale;

/**
 * An office's raw data as one JSON document (format 9): its survey batch (format 2) under {@code "batch"} and its
 * OIT checklist (format 3) under {@code "checklist"}, what {@code POST /v1/raw-assessments} reads.
 *
 * @param batch the survey batch, tallied
 * @param checklist the OIT checklist as read, not yet checked against the batch's edition
 */
public record RawInput(SurveyBatch batch, ChecklistInput checklist) {


    /**
     * Creates a raw input.
     *
     * @param batch the survey batch
     * @param checklist the checklist
     * @throws NullPointerException if either is null
     */
    public RawInput {
        requireNonNull(batch, "batch");
        requireNonNull(checklist, "checklist");
    }

    /**
     * Assesses the office: the checklist checked against the batch's edition, then
     * {@link RawAssessor#assess(SurveyBatch, OitChecklist, AnswerScale)}.
     *
     * @param scale the points of the answers, or {@code null} for the edition's scale
     * @return the assessment and its diagnostics
     * @throws InvalidInputException if the checklist does not fit the edition's catalogue (located under
     *     {@code /checklist}), or the data cannot be assessed
     */
    public RawAssessment assess(AnswerScale scale) {
        return request().answerScale(scale).build().run();
    }

    /** {@return the core's request of this raw data, to which an answer scale may be added} */
    public RawRequest.Builder request() {
        return RawRequest.builder(batch, checklist);
    }
}

package org.itascore.raw;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitChecklist;
import org.itascore.survey.AnswerScale;

/**
 * The front door of the use case "score an office from its raw data": its survey batch (format 2), its OIT
 * checklist as read (format 3), and the answer scale if another than the edition's. What {@code ita score FILE
 * --oit CHECKLIST}, {@code POST /v1/raw-assessments} (JSON, format 9, or the parts {@code batch} and
 * {@code checklist}) and the annual analysis of raw data share.
 *
 * <pre>{@code
 * RawAssessment raw = RawRequest.builder(batch, checklist).scale("quarters").build().run();
 * }</pre>
 *
 * <p>The checklist is checked against the batch's edition when the request runs; its problems are located under
 * {@code checklist}, the scale's at {@code scale}. Immutable and thread-safe.
 */
public final class RawRequest {

    /** Where the checklist's problems are located. */
    public static final Location CHECKLIST = Location.of("checklist");

    private final SurveyBatch batch;
    private final ChecklistInput checklist;
    private final Optional<AnswerScale> scale;

    private RawRequest(SurveyBatch batch, ChecklistInput checklist, Optional<AnswerScale> scale) {
        this.batch = batch;
        this.checklist = checklist;
        this.scale = scale;
    }

    /**
     * {@return a builder}
     *
     * @param batch the office's survey batch, tallied
     * @param checklist its OIT checklist as read
     */
    public static Builder builder(SurveyBatch batch, ChecklistInput checklist) {
        return new Builder(requireNonNull(batch, "batch"), requireNonNull(checklist, "checklist"));
    }

    /** {@return the survey batch} */
    public SurveyBatch batch() {
        return batch;
    }

    /**
     * Checks the checklist against the batch's edition and scores the office.
     *
     * @return the assessment and its diagnostics
     * @throws InvalidInputException if the checklist does not fit the edition's catalogue (located under
     *     {@code checklist}), or the data cannot be assessed
     */
    public RawAssessment run() {
        OitChecklist checked;
        try {
            checked = batch.checklist(checklist);
        } catch (InvalidInputException e) {
            throw e.under(CHECKLIST);
        }
        return RawAssessor.assess(batch, checked, scale.orElse(null));
    }

    /** Builds a {@link RawRequest}. Not thread-safe. */
    public static final class Builder {
        private final SurveyBatch batch;
        private final ChecklistInput checklist;
        private String scale;
        private AnswerScale points;

        private Builder(SurveyBatch batch, ChecklistInput checklist) {
            this.batch = batch;
            this.checklist = checklist;
        }

        /**
         * {@return this builder}
         *
         * @param name a built-in answer scale's name, or {@code null} for the edition's
         */
        public Builder scale(String name) {
            this.scale = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param points the answer scale, or {@code null} for the edition's
         */
        public Builder answerScale(AnswerScale points) {
            this.scale = null;
            this.points = points;
            return this;
        }

        /**
         * {@return the request}
         *
         * @throws InvalidInputException if the scale is not a built-in one (at {@code scale})
         */
        public RawRequest build() {
            if (scale == null) {
                return new RawRequest(batch, checklist, Optional.ofNullable(points));
            }
            try {
                return new RawRequest(batch, checklist, Optional.of(AnswerScale.named(scale)));
            } catch (InvalidInputException e) {
                throw e.at(Location.of("scale"));
            }
        }
    }
}

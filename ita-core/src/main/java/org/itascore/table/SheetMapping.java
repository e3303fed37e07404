package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itascore.Instrument;

/**
 * How the columns of one responses sheet (IIT or EIT) are read: which header is which question, which
 * column holds the office when one sheet holds many offices, which holds the timestamp, and which are
 * ignored. Headers are compared {@linkplain #matches normalized}: white space (line breaks included) counts
 * as one space, so a header written on one line matches the form's header written on two.
 *
 * <p>Data, made by {@link MappingProposal#responses} or by the user ({@link #builder}); immutable and
 * thread-safe.
 */
public final class SheetMapping {

    private final Instrument instrument;
    private final ImmutableMap<String, String> questions;
    private final Optional<String> office;
    private final Optional<String> timestamp;
    private final ImmutableSet<String> ignored;

    private SheetMapping(Builder b) {
        this.instrument = b.instrument;
        this.questions = ImmutableMap.copyOf(b.questions);
        this.office = Optional.ofNullable(b.office);
        this.timestamp = Optional.ofNullable(b.timestamp);
        this.ignored = ImmutableSet.copyOf(b.ignored);
    }

    /**
     * {@return a builder of a mapping for a sheet of an instrument}
     *
     * @param instrument IIT or EIT
     * @throws IllegalArgumentException if the instrument is OIT, whose checklist is read by {@link ChecklistColumns}
     */
    public static Builder builder(Instrument instrument) {
        requireNonNull(instrument, "instrument");
        if (instrument == Instrument.OIT) {
            throw new IllegalArgumentException("an OIT checklist is read with ChecklistColumns");
        }
        return new Builder(instrument);
    }

    /** {@return the instrument the sheet answers} */
    public Instrument instrument() {
        return instrument;
    }

    /** {@return the question id of each mapped header, in column order as given} */
    public ImmutableMap<String, String> questions() {
        return questions;
    }

    /** {@return the header of the column holding the office's name, when one sheet holds many offices} */
    public Optional<String> office() {
        return office;
    }

    /** {@return the header of the timestamp column, checked to be a date and time} */
    public Optional<String> timestamp() {
        return timestamp;
    }

    /** {@return the headers of columns that are not read} */
    public ImmutableSet<String> ignored() {
        return ignored;
    }

    /**
     * {@return whether a header of the sheet is the header given in a mapping: equal once both are
     * normalized (stripped, each run of white space one space)}
     *
     * @param header the sheet's header
     * @param mapped the mapping's header
     */
    public static boolean matches(String header, String mapped) {
        return HeaderText.normalize(header).equals(HeaderText.normalize(mapped));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SheetMapping o && instrument == o.instrument && questions.equals(o.questions)
                && office.equals(o.office) && timestamp.equals(o.timestamp) && ignored.equals(o.ignored);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(instrument, questions, office, timestamp, ignored);
    }

    @Override
    public String toString() {
        return "SheetMapping[" + instrument + ", " + questions.size() + " questions, office=" + office.orElse("-") + "]";
    }

    /** Builds a {@link SheetMapping}; not thread-safe. */
    public static final class Builder {
        private final Instrument instrument;
        private final Map<String, String> questions = new LinkedHashMap<>();
        private String office;
        private String timestamp;
        private final Set<String> ignored = new LinkedHashSet<>();

        private Builder(Instrument instrument) {
            this.instrument = instrument;
        }

        /**
         * Maps a header to a question.
         *
         * @param header the header as written in the sheet
         * @param questionId the question's id, for example {@code "i1"}; checked against the questionnaire when
         *     the sheet is read
         * @return this builder
         */
        public Builder question(String header, String questionId) {
            questions.put(requireNonNull(header, "header"), requireNonNull(questionId, "questionId"));
            return this;
        }

        /**
         * Names the column holding the office's name.
         *
         * @param header the column's header
         * @return this builder
         */
        public Builder office(String header) {
            this.office = requireNonNull(header, "header");
            return this;
        }

        /**
         * Names the timestamp column.
         *
         * @param header the column's header
         * @return this builder
         */
        public Builder timestamp(String header) {
            this.timestamp = requireNonNull(header, "header");
            return this;
        }

        /**
         * Names a column that is not read.
         *
         * @param header the column's header
         * @return this builder
         */
        public Builder ignore(String header) {
            ignored.add(requireNonNull(header, "header"));
            return this;
        }

        /** {@return the mapping} */
        public SheetMapping build() {
            return new SheetMapping(this);
        }
    }
}

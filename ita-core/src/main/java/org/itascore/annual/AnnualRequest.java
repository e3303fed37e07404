package org.itascore.annual;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Score;
import org.itascore.cohort.CohortStatistics;

/**
 * The settings of the annual analysis, the document an office publishes each year ({@code ita report}, the web
 * app's analysis page): the average it is compared with and the date it is dated. The front ends map their
 * options and fields onto it; its rules are here.
 *
 * <table>
 * <caption>The request's fields</caption>
 * <tr><th>field</th><th>default</th><th>rule</th></tr>
 * <tr><td>{@code nationalAverage}</td><td>none</td><td>a score; not together with a cohort</td></tr>
 * <tr><td>{@code nationalOffices}</td><td>unknown</td><td>a whole number, one or more, with a national average</td></tr>
 * <tr><td>{@code cohort}</td><td>none</td><td>a cohort of reports whose mean is the average instead</td></tr>
 * <tr><td>{@code date}</td><td>today in Thailand</td><td>written YYYY-MM-DD</td></tr>
 * </table>
 *
 * <p>Every problem of the settings is reported at once, each at its field, with the value as given. Immutable and
 * thread-safe.
 */
public final class AnnualRequest {

    /** Thailand's time zone, in which "today" is the document's default date. */
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private final Optional<Average> national;
    private final boolean cohort;
    private final LocalDate date;
    private final Signature signature;

    private AnnualRequest(Optional<Average> national, boolean cohort, LocalDate date, Signature signature) {
        this.national = national;
        this.cohort = cohort;
        this.date = date;
        this.signature = signature;
    }

    /** {@return who signs the document: the name and position given, or a line left to sign} */
    public Signature signature() {
        return signature;
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the date the document is dated} */
    public LocalDate date() {
        return date;
    }

    /** {@return whether the average is a cohort's, whose statistics the front end reads} */
    public boolean cohort() {
        return cohort;
    }

    /**
     * Returns the average the office is compared with.
     *
     * @param cohortStatistics the statistics of the cohort read, when {@link #cohort()}; otherwise ignored
     * @return the national average given, the cohort's mean, or none
     */
    public Optional<Average> average(CohortStatistics cohortStatistics) {
        if (cohort) {
            requireNonNull(cohortStatistics, "cohortStatistics");
            return Optional.of(new Average(cohortStatistics.mean(), OptionalLong.of(cohortStatistics.count()), false));
        }
        return national;
    }

    /** Builds an {@link AnnualRequest}; each setting is given as text as the user wrote it. Not thread-safe. */
    public static final class Builder {
        private String nationalAverage;
        private String nationalOffices;
        private boolean cohort;
        private String date;
        private LocalDate today;
        private String signer;
        private String position;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param score the national average as written, or {@code null} for none
         */
        public Builder nationalAverage(String score) {
            this.nationalAverage = score;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param count how many offices the national average is of, as written, or {@code null} when not known
         */
        public Builder nationalOffices(String count) {
            this.nationalOffices = count;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param given whether the office is compared with a cohort's mean instead
         */
        public Builder cohort(boolean given) {
            this.cohort = given;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the date as written, YYYY-MM-DD, or {@code null} for today in Thailand
         */
        public Builder date(String text) {
            this.date = text;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name the signer's name as typed, such as {@code นายสมชาย ใจดี}, or {@code null} for a line to sign on
         */
        public Builder signer(String name) {
            this.signer = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the signer's position as typed, or {@code null} for the office's director
         */
        public Builder position(String text) {
            this.position = text;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param day the day "today" is, for a document dated by default (a test's fixed day); by default the clock's
         *     in Thailand
         */
        public Builder today(LocalDate day) {
            this.today = requireNonNull(day, "day");
            return this;
        }

        /**
         * Checks every setting and builds the request.
         *
         * @return the request
         * @throws InvalidInputException with every problem of the settings, each at its field
         */
        public AnnualRequest build() {
            List<Problem> problems = new ArrayList<>();
            if (nationalAverage != null && cohort) {
                problems.add(new Problem(ProblemKind.CONFLICT, Location.of("nationalAverage"), nationalAverage,
                        Message.of("annual.oneAverage")));
            }
            OptionalLong offices = OptionalLong.empty();
            if (nationalOffices != null) {
                String digits = org.itascore.Decimals.toAscii(nationalOffices.strip());
                if (nationalAverage == null) {
                    problems.add(new Problem(ProblemKind.CONFLICT, Location.of("nationalOffices"), nationalOffices,
                            Message.of("annual.officesAlone")));
                } else if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                        || Long.parseLong(digits) < 1) {
                    problems.add(new Problem(Location.of("nationalOffices"), nationalOffices, Message.of("average.offices")));
                } else {
                    offices = OptionalLong.of(Long.parseLong(digits));
                }
            }
            Optional<Average> national = Optional.empty();
            if (nationalAverage != null) {
                try {
                    national = Optional.of(new Average(Score.parse(nationalAverage), offices, true));
                } catch (InvalidInputException e) {
                    problems.addAll(e.at(Location.of("nationalAverage")).problems());
                }
            }
            LocalDate day = today != null ? today : LocalDate.now(THAILAND);
            if (date != null) {
                try {
                    day = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(Location.of("date"), date, Message.of("annual.date")));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new AnnualRequest(national, cohort, day, Signature.of(signer, position));
        }
    }
}

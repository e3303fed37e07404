package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Names;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;

/**
 * Assembles a {@link SurveyBatch} from any source, one response at a time, in constant memory: the one
 * place where a batch's edition is resolved, its year checked, and its answers tallied. A JSON reader, a
 * CSV reader or a caller's own loop only feeds it.
 *
 * <pre>{@code
 * SurveyBatchAssembly assembly = SurveyBatch.assemble(Editions.builtIn())
 *         .office("สพม.ตัวอย่าง").fiscalYear(FiscalYear.of(2564));
 * Questionnaire q = assembly.start();          // resolves the edition: the questionnaire to answer
 * responses.forEach(assembly::add);
 * SurveyBatch batch = assembly.build();
 * }</pre>
 *
 * <p>The header (office, fiscal year, edition, populations) may be given in any order before
 * {@link #start()}; the office and populations may also come after the responses. The edition is resolved
 * when the first response is tallied (the questionnaire must be known to tally): the edition named, or else
 * the default edition of the fiscal year. An edition named after that, other than the one the responses were
 * tallied under, is refused, never ignored.
 *
 * <p>Not thread-safe: one assembly reads one source. Tallies of batches read in parallel merge with
 * {@link Tally#merge}.
 */
public final class SurveyBatchAssembly {

    private static final int PROGRESS_EVERY = 10_000;

    private final Editions editions;
    private final List<Problem> problems = new ArrayList<>();
    private String office;
    private FiscalYear fiscalYear;
    private String editionId;
    private Populations populations = Populations.UNKNOWN;
    private LongConsumer progress = count -> { };
    private Edition edition;
    private Tally.Accumulator iit;
    private Tally.Accumulator eit;
    private long responses;

    SurveyBatchAssembly(Editions editions) {
        this.editions = requireNonNull(editions, "editions");
    }

    /**
     * {@return this assembly}
     *
     * @param name the office's name, not blank
     */
    public SurveyBatchAssembly office(String name) {
        this.office = requireNonNull(name, "name");
        return this;
    }

    /**
     * {@return this assembly}
     *
     * @param year the fiscal year
     */
    public SurveyBatchAssembly fiscalYear(FiscalYear year) {
        this.fiscalYear = requireNonNull(year, "year");
        return this;
    }

    /**
     * Names the edition the answers were given under. Before {@link #start()} it chooses the edition; after,
     * it must name the edition already in use.
     *
     * @param id an edition id of the registry
     * @return this assembly
     */
    public SurveyBatchAssembly edition(String id) {
        requireNonNull(id, "id");
        if (edition != null && !edition.id().equals(id.strip())) {
            problems.add(new Problem(ProblemKind.CONFLICT, Location.of("edition"), id,
                    Message.of("batch.editionLate", edition.id())));
        }
        this.editionId = id.strip();
        return this;
    }

    /**
     * {@return this assembly}
     *
     * @param surveyed the populations surveyed; unknown by default
     */
    public SurveyBatchAssembly populations(Populations surveyed) {
        this.populations = requireNonNull(surveyed, "surveyed");
        return this;
    }

    /**
     * Sets what is told the number of responses tallied, every 10,000 responses and when the batch is built.
     *
     * @param listener the listener
     * @return this assembly
     */
    public SurveyBatchAssembly onProgress(LongConsumer listener) {
        this.progress = requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Resolves the edition, so that responses can be tallied; called by the first {@link #add} if not before.
     * Calling it again returns the same questionnaire.
     *
     * @return the questionnaire the responses answer
     * @throws InvalidInputException if neither an edition nor a fiscal year was given, the edition is unknown,
     *     no edition covers the year, or the edition has no questionnaire
     */
    public Questionnaire start() {
        if (edition == null) {
            if (editionId == null && fiscalYear == null) {
                throw InvalidInputException.of(ProblemKind.CONFLICT, Location.of("responses"), null,
                        Message.of("batch.yearLate"));
            }
            Edition resolved = editionId == null ? editions.defaultFor(fiscalYear, office)
                    : fiscalYear == null ? editions.get(editionId) : editions.forYear(editionId, fiscalYear);
            Questionnaire questionnaire = resolved.questionnaire().orElseThrow(() -> InvalidInputException.of(
                    ProblemKind.CONFLICT, Location.of("edition"), resolved.id(),
                    Message.of("raw.noQuestionnaire")));
            edition = resolved;
            iit = Tally.accumulator(questionnaire, Instrument.IIT);
            eit = Tally.accumulator(questionnaire, Instrument.EIT);
        }
        return edition.questionnaire().orElseThrow();
    }

    /** {@return the edition in use, once {@link #start()} has resolved it} */
    public java.util.Optional<Edition> edition() {
        return java.util.Optional.ofNullable(edition);
    }

    /**
     * Tallies a response.
     *
     * @param response a response to the questionnaire of the edition in use
     * @return this assembly
     * @throws InvalidInputException if the edition cannot be resolved (see {@link #start()}), or the response
     *     answers another questionnaire
     */
    public SurveyBatchAssembly add(Response response) {
        requireNonNull(response, "response");
        start();
        if (!response.questionnaire().equals(edition.questionnaire().orElseThrow())) {
            throw InvalidInputException.of(ProblemKind.CONFLICT, Location.ROOT, response.toString(),
                    Message.of("batch.otherQuestionnaire", edition.id()));
        }
        accumulator(response.instrument()).add(response);
        counted();
        return this;
    }

    /**
     * Tallies a response decoded by the caller, as option numbers by question position (the fast path of
     * readers that decode answers themselves): {@code options[i]} is the option chosen for the instrument's
     * i-th question, or -1 when unanswered.
     *
     * @param instrument IIT or EIT
     * @param options the options by question position; read, not kept
     * @return this assembly
     * @throws InvalidInputException if the edition cannot be resolved, or an option is outside its question's
     *     scale (then nothing of the response is tallied)
     */
    public SurveyBatchAssembly addOptions(Instrument instrument, byte[] options) {
        requireNonNull(instrument, "instrument");
        requireNonNull(options, "options");
        start();
        accumulator(instrument).addOptions(options);
        counted();
        return this;
    }

    private Tally.Accumulator accumulator(Instrument instrument) {
        try {
            return instrument.surveyed() == Instrument.IIT ? iit : eit;
        } catch (InvalidInputException e) {
            throw e.at(Location.of("instrument"));
        }
    }

    private void counted() {
        if (++responses % PROGRESS_EVERY == 0) {
            progress.accept(responses);
        }
    }

    /** {@return how many responses were tallied so far} */
    public long responses() {
        return responses;
    }

    /**
     * Checks the header and builds the batch.
     *
     * @return the batch, tallied
     * @throws InvalidInputException listing every problem: no office or a blank one, no fiscal year, an
     *     edition that does not cover the year, an edition named after the responses other than theirs
     */
    public SurveyBatch build() {
        List<Problem> found = new ArrayList<>(problems);
        try {
            org.itascore.OfficeName.check(office, org.itascore.OfficeName.FIELD);
        } catch (InvalidInputException e) {
            found.addAll(e.problems());
        }
        if (fiscalYear == null) {
            found.add(new Problem(ProblemKind.MISSING, Location.of("fiscalYear"), null, Message.of("batch.fiscalYear")));
        }
        if (found.isEmpty()) {
            try {
                start();
            } catch (InvalidInputException e) {
                found.addAll(e.problems());
            }
        }
        if (found.isEmpty() && !edition.covers(fiscalYear)) {
            // the edition was named before the year: a year no edition covers is read under one derived from it
            try {
                edition = editions.forYear(edition.id(), fiscalYear);
            } catch (InvalidInputException e) {
                found.addAll(e.problems());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        progress.accept(responses);
        return new SurveyBatch(edition, office.strip(), fiscalYear, populations, iit.toTally(), eit.toTally());
    }
}

package org.itascore.raw;
import static java.util.Objects.requireNonNull;

import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Edition;
import org.itascore.oit.OitChecklist;
import org.itascore.survey.Tally;

/**
 * An office's survey answers for one fiscal year, already tallied: what a survey batch file holds once it
 * is read, whatever its format.
 *
 * @param edition the edition the answers were given under
 * @param office the office's name
 * @param fiscalYear the fiscal year
 * @param populations the populations surveyed, when known
 * @param iit the IIT tally
 * @param eit the EIT tally
 */
public record SurveyBatch(Edition edition, String office, FiscalYear fiscalYear, Populations populations, Tally iit,
        Tally eit) {

    /**
     * Creates a batch.
     *
     * @param edition the edition the answers were given under
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param populations the populations surveyed, when known
     * @param iit the IIT tally
     * @param eit the EIT tally
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a tally is of the wrong instrument
     */
    public SurveyBatch {
        requireNonNull(edition, "edition");
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(populations, "populations");
        requireNonNull(iit, "iit");
        requireNonNull(eit, "eit");
        if (iit.instrument() != Instrument.IIT || eit.instrument() != Instrument.EIT) {
            throw new IllegalArgumentException("the tallies are of IIT and EIT");
        }
    }

    /**
     * Starts assembling a batch from any source, one response at a time.
     *
     * @param editions the editions the batch may name
     * @return the assembly
     */
    public static SurveyBatchAssembly assemble(org.itascore.edition.Editions editions) {
        return new SurveyBatchAssembly(editions);
    }

    /**
     * Checks an OIT checklist as read against this batch's edition ({@link RawAssessor#checklist}).
     *
     * @param input the checklist as read
     * @return the checklist
     * @throws org.itascore.InvalidInputException if there is no catalogue to check it against or its entries
     *     do not fit the catalogue
     */
    public OitChecklist checklist(org.itascore.oit.ChecklistInput input) {
        return RawAssessor.checklist(input, edition);
    }

    /**
     * Assesses the batch together with the office's OIT checklist.
     *
     * @param oit the checklist
     * @return the assessment and its diagnostics
     * @throws org.itascore.InvalidInputException as {@link RawAssessor#assess}
     */
    public RawAssessment assess(OitChecklist oit) {
        return RawAssessor.assess(edition, office, fiscalYear, new RawData(iit, eit, oit, populations));
    }
}

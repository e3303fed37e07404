package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Enums;
import java.util.Optional;

/**
 * The three instruments of the ITA, each measuring some of the ten indicators.
 *
 * <p>The names are those of the NACC's framework from FY2562 (B.E.) onward. Weights are not part of the
 * vocabulary: they belong to an {@link org.itascore.edition.Edition}.
 */
public enum Instrument {
    /** Internal Integrity and Transparency Assessment: a survey of the office's own staff. */
    IIT(),
    /** External Integrity and Transparency Assessment: a survey of service users and stakeholders. */
    EIT(),
    /** Open Data Integrity and Transparency Assessment: a checklist of documents published on the web. */
    OIT();

    private final Bilingual title;

    Instrument() {
        this.title = Message.of("name.instrument." + name()).bilingual();
    }

    /** {@return the full name in Thai and English} */
    public Bilingual title() {
        return title;
    }

    /**
     * Returns the instrument of an abbreviation.
     *
     * @param abbreviation {@code "IIT"}, {@code "EIT"} or {@code "OIT"}
     * @return the instrument
     * @throws InvalidInputException if the text names no instrument
     */
    public static Instrument parse(String abbreviation) {
        requireNonNull(abbreviation, "abbreviation");
        Optional<Instrument> found = Enums.getIfPresent(Instrument.class, abbreviation).toJavaUtil();
        return found.orElseThrow(() -> InvalidInputException.of(Location.ROOT, abbreviation, Message.of("instrument.unknown")));
    }

    /**
     * Returns the instrument of a survey response: a response answers the IIT or the EIT questionnaire, while the
     * OIT is a checklist of published documents, never a survey.
     *
     * @param abbreviation {@code "IIT"} or {@code "EIT"}
     * @return the instrument
     * @throws InvalidInputException if the text names no instrument, or names the OIT
     */
    public static Instrument ofSurvey(String abbreviation) {
        return parse(abbreviation).surveyed();
    }

    /**
     * {@return this instrument, when a survey response may answer it: the IIT or the EIT}
     *
     * @throws InvalidInputException if this is the OIT, located at the value
     */
    public Instrument surveyed() {
        if (this == OIT) {
            throw InvalidInputException.of(Location.ROOT, name(), Message.of("batch.oitResponse"));
        }
        return this;
    }
}

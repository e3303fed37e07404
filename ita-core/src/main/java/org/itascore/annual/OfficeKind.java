package org.itascore.annual;

import static java.util.Objects.requireNonNull;

import org.itascore.Bilingual;
import org.itascore.Message;
import org.itascore.edition.Edition;

/**
 * What the document calls the office and how Thai counts such offices, by its edition's family: an
 * Educational Service Area office (OBEC's ESA editions, counted in เขต), a vocational college (OVEC's, แห่ง),
 * or any public agency (the NACC's, หน่วยงาน).
 */
public enum OfficeKind {
    /** An Educational Service Area office: editions {@code obec-esa-*}. */
    ESA_OFFICE,
    /** A vocational college: editions {@code ovec-*}. */
    COLLEGE,
    /** A public agency: every other edition. */
    AGENCY;

    private final Bilingual noun;

    OfficeKind() {
        this.noun = Message.of("name.officeKind." + name()).bilingual();
    }

    /** {@return what such an office is called} */
    public Bilingual noun() {
        return noun;
    }

    /**
     * {@return a number of such offices as a sentence counts them: in Thai with the word Thai counts them by
     * (245 เขต, 12 แห่ง, 30 หน่วยงาน), in English the number alone, the sentence naming the offices}
     *
     * @param number the number, as the reader's digits
     */
    public Message counted(String number) {
        return Message.of("name.officeCount." + name(), requireNonNull(number, "number"));
    }

    /**
     * {@return the kind of office an edition assesses, by its id (and the id it was derived from)}
     *
     * @param edition the edition
     */
    public static OfficeKind of(Edition edition) {
        String id = requireNonNull(edition, "edition").id();
        return id.startsWith("obec-esa") ? ESA_OFFICE : id.startsWith("ovec") ? COLLEGE : AGENCY;
    }
}

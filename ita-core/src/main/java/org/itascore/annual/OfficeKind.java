package org.itascore.annual;

import static java.util.Objects.requireNonNull;

import org.itascore.Bilingual;
import org.itascore.edition.Edition;

/**
 * What the document calls the office and how Thai counts such offices, by its edition's family: an
 * Educational Service Area office (OBEC's ESA editions, counted in เขต), a vocational college (OVEC's, แห่ง),
 * or any public agency (the NACC's, หน่วยงาน).
 */
public enum OfficeKind {
    /** An Educational Service Area office: editions {@code obec-esa-*}. */
    ESA_OFFICE("เขต"),
    /** A vocational college: editions {@code ovec-*}. */
    COLLEGE("แห่ง"),
    /** A public agency: every other edition. */
    AGENCY("หน่วยงาน");

    private final Bilingual noun;
    private final String thaiCounter;

    OfficeKind(String thaiCounter) {
        this.noun = org.itascore.Message.of("name.officeKind." + name()).bilingual();
        this.thaiCounter = thaiCounter;
    }

    /** {@return what such an office is called} */
    public Bilingual noun() {
        return noun;
    }

    /** {@return the word Thai counts such offices with: เขต, แห่ง, หน่วยงาน} */
    public String thaiCounter() {
        return thaiCounter;
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

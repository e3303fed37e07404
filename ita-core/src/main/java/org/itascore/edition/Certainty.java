package org.itascore.edition;

/** How sure the library is of a rule of an edition. */
public enum Certainty {
    /** Stated in an official document of the NACC or OBEC. */
    OFFICIAL_DOCUMENT,
    /** Not stated, but reproduces published results (for example totals to within 0.01). */
    VERIFIED_AGAINST_PUBLISHED_RESULTS,
    /** Taken from a public implementation; the official document was not found. */
    PUBLIC_IMPLEMENTATION,
    /** Assumed, with no source; a setting the user should check. */
    ASSUMED
}

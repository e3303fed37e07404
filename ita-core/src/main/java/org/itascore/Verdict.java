package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Enums;
import java.util.Optional;

/**
 * The five verdicts that replace letter grades in the NACC's ITA from FY2567 (B.E.).
 *
 * <p><b>Provenance:</b> the NACC document that defines them was not found; the verdicts and their
 * conditions are taken from one public implementation. Their conditions belong to an edition's
 * {@link org.itascore.edition.VerdictScheme}.
 */
public enum Verdict {
    /** Excellent pass: total of 95 or more and each instrument 95 or more. */
    EXCELLENT_PASS(true),
    /** Good pass: total of 85 or more and each instrument 85 or more. */
    GOOD_PASS(true),
    /** Pass: total of 85 or more. */
    PASS(true),
    /** Needs improvement: total from 70 to 84.99. */
    NEEDS_IMPROVEMENT(false),
    /** Needs urgent improvement: total below 70. */
    NEEDS_URGENT_IMPROVEMENT(false);

    private final Bilingual title;
    private final boolean passing;

    Verdict(boolean passing) {
        this.title = Message.of("name.verdict." + name()).bilingual();
        this.passing = passing;
    }

    /** {@return the verdict's wording in Thai and English} */
    public Bilingual title() {
        return title;
    }

    /** {@return whether the verdict is a pass} */
    public boolean isPassing() {
        return passing;
    }

    /**
     * Returns the verdict of its name.
     *
     * @param name for example {@code "GOOD_PASS"}
     * @return the verdict
     * @throws InvalidInputException if the text names no verdict
     */
    public static Verdict parse(String name) {
        requireNonNull(name, "name");
        Optional<Verdict> found = Enums.getIfPresent(Verdict.class, name).toJavaUtil();
        return found.orElseThrow(() -> InvalidInputException.of(Location.ROOT, name,
                Message.of("verdict.unknown")));
    }
}

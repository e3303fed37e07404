package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Enums;
import java.util.Optional;

/**
 * The ITA grades, AA (best) to F (worst).
 *
 * <p>The score range of each grade belongs to an edition's {@link org.itascore.edition.GradeScale}; the
 * standard ranges are AA 95.00-100.00, A 85.00-94.99, B 75.00-84.99, C 65.00-74.99, D 55.00-64.99,
 * E 50.00-54.99, F 0.00-49.99. The English meanings are those printed in OBEC's reports; the Thai
 * meanings are this library's rendering, since the reports print the English ones.
 */
public enum Grade {
    /** Excellence; passes. */
    AA(true),
    /** Very Good; passes. */
    A(true),
    /** Good; does not pass. */
    B(false),
    /** Fair; does not pass. */
    C(false),
    /** Poor; does not pass. */
    D(false),
    /** Extremely Poor; does not pass. */
    E(false),
    /** Fail; does not pass. */
    F(false);

    private final Bilingual meaning;
    private final boolean passing;

    Grade(boolean passing) {
        this.meaning = Message.of("name.grade." + name()).bilingual();
        this.passing = passing;
    }

    /** {@return what the grade means, in Thai and English} */
    public Bilingual meaning() {
        return meaning;
    }

    /**
     * {@return whether a score with this grade passes under the standard pass mark of 85 (AA and A)}; an
     * edition with another pass mark says which grades pass with {@code Edition.passes(Grade)}
     */
    public boolean isPassing() {
        return passing;
    }

    /**
     * Returns the grade of its name.
     *
     * @param name {@code "AA"} to {@code "F"}
     * @return the grade
     * @throws InvalidInputException if the text names no grade
     */
    public static Grade parse(String name) {
        requireNonNull(name, "name");
        Optional<Grade> found = Enums.getIfPresent(Grade.class, name).toJavaUtil();
        return found.orElseThrow(() -> InvalidInputException.of(Location.ROOT, name, Message.of("grade.unknown")));
    }
}

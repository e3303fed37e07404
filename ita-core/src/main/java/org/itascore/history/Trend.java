package org.itascore.history;
import java.math.BigDecimal;
import org.itascore.Bilingual;
import org.itascore.Location;

/** The direction of a change between two years, with the words Thai reports print for it. */
public enum Trend {
    /** The score went up: เพิ่มขึ้น. */
    IMPROVED(),
    /** The score went down: ลดลง. */
    DECLINED(),
    /** The score did not change: คงที่. */
    UNCHANGED();

    private final Bilingual word;

    Trend() {
        this.word = org.itascore.Message.of("name.trend." + name()).bilingual();
    }

    /** {@return the trend word in Thai and English} */
    public Bilingual word() {
        return word;
    }

    /**
     * {@return the trend of the difference}
     *
     * @param difference a signed difference
     */
    public static Trend of(BigDecimal difference) {
        int sign = difference.signum();
        return sign > 0 ? IMPROVED : sign < 0 ? DECLINED : UNCHANGED;
    }

    /**
     * Returns the trend of a word, in Thai or English.
     *
     * @param word for example {@code "เพิ่มขึ้น"} or {@code "declined"}
     * @return the trend
     * @throws org.itascore.InvalidInputException if the word names no trend
     */
    public static Trend parse(String word) {
        String stripped = word.strip();
        for (Trend trend : values()) {
            if (trend.word.thai().equals(stripped) || trend.word.english().equalsIgnoreCase(stripped)
                    || trend.name().equals(stripped)) {
                return trend;
            }
        }
        throw org.itascore.InvalidInputException.of(Location.of("trend"), word,
                org.itascore.Message.of("trend.unknown"));
    }
}

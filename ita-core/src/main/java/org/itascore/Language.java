package org.itascore;
import java.util.Locale;

/** The two languages of the library's names and messages. */
public enum Language {
    /** Thai. */
    THAI("th"),
    /** English. */
    ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** {@return the language tag, {@code "th"} or {@code "en"}} */
    public String tag() {
        return tag;
    }

    /**
     * Returns the language of a tag.
     *
     * @param tag {@code "th"} or {@code "en"}, in any case
     * @return the language
     * @throws InvalidInputException if the tag is neither
     */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw InvalidInputException.of(Location.of("language"), tag, Message.of("language.unknown"));
    }
}

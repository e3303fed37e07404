package org.itascore;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A text in Thai and in English. Every name and message of the library has both forms.
 *
 * <p>Immutable, thread-safe and serializable, so that a {@link Message} may carry one as an argument.
 *
 * @param thai the Thai text, not blank
 * @param english the English text, not blank
 * @serial exclude
 */
public record Bilingual(String thai, String english) implements Serializable {

    /**
     * Creates a text.
     *
     * @param thai the Thai text, not blank
     * @param english the English text, not blank
     *
     * @throws NullPointerException if either text is null
     * @throws InvalidInputException if either text is blank
     */
    public Bilingual {
        requireNonNull(thai, "thai");
        requireNonNull(english, "english");
        if (Names.isBlank(thai) || Names.isBlank(english)) {
            throw InvalidInputException.of(Location.ROOT, thai.isBlank() ? thai : english, Message.of("bilingual.blank"));
        }
    }

    /**
     * Returns a text.
     *
     * @param thai the Thai text
     * @param english the English text
     * @return the text
     */
    public static Bilingual of(String thai, String english) {
        return new Bilingual(thai, english);
    }

    /**
     * Returns the text in a language.
     *
     * @param language the language
     * @return the Thai or the English form
     */
    public String in(Language language) {
        return language == Language.THAI ? thai : english;
    }
}

package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;

/**
 * A text a person reads, as a stable code and its arguments; the words come from the library's one message
 * catalogue ({@link MessageCatalogue}), in Thai or English, only when the text is shown.
 *
 * <p>The code is API: a caller may branch on it (a PHP system on {@code "passRate.range"}, a test on
 * {@code "office.blank"}), while the words may be improved from one version to the next. An argument is a text
 * given as is (an id, a number as the user wrote it, a list of ids), or itself a message or a {@link Bilingual} name
 * (an indicator's title, a verdict), shown in the same language as the message around it.
 *
 * <pre>{@code
 * Message m = Message.of("score.range");
 * m.text(Language.ENGLISH);   // a score lies between 0 and 100
 * m.text(Language.THAI);      // คะแนนต้องอยู่ระหว่าง 0 ถึง 100
 * Message.of("indicator.range", 10).text(Language.ENGLISH);   // an indicator is numbered 1 to 10
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable; equal when the codes and arguments are equal.
 */
public final class Message implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code, a key of the catalogue. */
    private final String code;
    /** The arguments, each a String, a Message or a Bilingual; an ImmutableList, which is serializable. */
    private final ImmutableList<Serializable> arguments;

    private Message(String code, ImmutableList<Serializable> arguments) {
        this.code = code;
        this.arguments = arguments;
    }

    /**
     * Returns a message of the catalogue.
     *
     * @param code the message's code, a key of the catalogue such as {@code "score.range"}
     * @param arguments the values its text names, in the order of its placeholders {@code {0}}, {@code {1}}, ...:
     *     a {@link Message} or a {@link Bilingual} is shown in the reader's language, anything else as its
     *     {@code toString()}
     * @return the message
     * @throws NullPointerException if the code or an argument is null
     * @throws IllegalArgumentException if the catalogue has no such code, or its text has another number of
     *     placeholders: a defect of the calling code, never of a user's input
     */
    public static Message of(String code, Object... arguments) {
        requireNonNull(code, "code");
        ImmutableList.Builder<Serializable> args = ImmutableList.builderWithExpectedSize(arguments.length);
        for (Object argument : arguments) {
            requireNonNull(argument, "argument");
            args.add(argument instanceof Message || argument instanceof Bilingual ? (Serializable) argument : argument.toString());
        }
        int expected = MessageCatalogue.placeholders(code);
        if (expected != arguments.length) {
            throw new IllegalArgumentException("the message " + code + " takes " + expected + " argument(s), not "
                    + arguments.length);
        }
        return new Message(code, args.build());
    }

    /** {@return the code: a key of the catalogue, stable across versions} */
    public String code() {
        return code;
    }

    /** {@return the arguments, each a {@link String}, a {@link Message} or a {@link Bilingual}} */
    public List<Serializable> arguments() {
        return arguments;
    }

    /**
     * Returns the text in a language, each argument put in its place (a message or bilingual argument in the same
     * language).
     *
     * @param language the reader's language
     * @return the text
     */
    public String text(Language language) {
        requireNonNull(language, "language");
        return MessageCatalogue.format(MessageCatalogue.template(code, language), index -> {
            Serializable argument = arguments.get(index);
            if (argument instanceof Message m) {
                return m.text(language);
            }
            return argument instanceof Bilingual b ? b.in(language) : (String) argument;
        });
    }

    /**
     * {@return the text in both languages, for the values that hold a name as a {@link Bilingual} (a grade's meaning,
     * an indicator's title)}
     */
    public Bilingual bilingual() {
        return Bilingual.of(text(Language.THAI), text(Language.ENGLISH));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Message other && code.equals(other.code) && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + arguments.hashCode();
    }

    /** {@return the English text} */
    @Override
    public String toString() {
        return text(Language.ENGLISH);
    }
}

package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.itascore.Bilingual;
import org.itascore.Decimals;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * One answer to a survey question: a level of a scale (1 to 4 on the four-level scale, 1 to 6 on the
 * six-level one), or yes or no.
 *
 * <p>{@link #parse(String, QuestionKind)} reads the forms survey exports use: the levels as digits (ASCII
 * or Thai), {@code yes}/{@code no}, and the labels printed on the form of that kind of question
 * ({@link QuestionKind#labels()}).
 */
public enum Answer {
    /** Level 1: none or least (น้อยที่สุดหรือไม่มีเลย on both scales). */
    LEVEL_1(1),
    /** Level 2: little (น้อย) of four, very little (น้อยมาก) of six. */
    LEVEL_2(2),
    /** Level 3: much (มาก) of four, little (น้อย) of six. */
    LEVEL_3(3),
    /** Level 4: most (มากที่สุด) of four, much (มาก) of six. */
    LEVEL_4(4),
    /** Level 5 of six: fairly much (มากพอสมควร). */
    LEVEL_5(5),
    /** Level 6 of six: most (มากที่สุด). */
    LEVEL_6(6),
    /** Yes (มี). */
    YES(0),
    /** No (ไม่มี). */
    NO(0);

    private static final Answer[] LEVELS = {LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5, LEVEL_6};

    private final int level;

    Answer(int level) {
        this.level = level;
    }

    /** {@return whether this is a level of a scale rather than yes or no} */
    public boolean isLevel() {
        return level > 0;
    }

    /**
     * {@return whether it answers a question of that kind: a level within the scale, or yes or no for a
     * yes/no question}
     *
     * @param kind a question kind
     */
    public boolean fits(QuestionKind kind) {
        return isLevel() ? kind.isScale() && level <= kind.options() : kind == QuestionKind.YES_NO;
    }

    /** {@return the answer's position among its kind's options, from 0: level 1 is 0, yes is 0, no is 1} */
    public int option() {
        return isLevel() ? level - 1 : this == YES ? 0 : 1;
    }

    /**
     * {@return the label printed on forms of that kind for this answer}
     *
     * @param kind a kind this answer {@linkplain #fits fits}
     * @throws IllegalArgumentException if it does not fit the kind
     */
    public Bilingual label(QuestionKind kind) {
        if (!fits(kind)) {
            throw new IllegalArgumentException(name() + " does not answer a " + kind + " question");
        }
        return kind.labels().get(option());
    }

    /** {@return a short English name for messages: the level's number, or yes or no} */
    public String text() {
        return isLevel() ? Integer.toString(level) : this == YES ? "yes" : "no";
    }

    /**
     * {@return the answer of that level}
     *
     * @param level 1 to 6
     * @throws InvalidInputException if the level is not 1 to 6
     */
    public static Answer level(int level) {
        if (level < 1 || level > LEVELS.length) {
            throw InvalidInputException.of(Location.ROOT, Integer.toString(level), Message.of("answer.level"));
        }
        return LEVELS[level - 1];
    }

    /**
     * {@return the answer of that option of a kind}
     *
     * @param kind the question kind
     * @param option the option, from 0 ({@link #option()})
     * @throws IllegalArgumentException if the kind has no such option
     */
    public static Answer ofOption(QuestionKind kind, int option) {
        if (option < 0 || option >= kind.options()) {
            throw new IllegalArgumentException(kind + " has no option " + option);
        }
        return kind.isScale() ? LEVELS[option] : option == 0 ? YES : NO;
    }

    /**
     * Reads an answer to a question of a kind: a level as a digit ({@code "1"} to the scale's last, ASCII or
     * Thai digits), {@code "yes"} or {@code "no"}, or a label of that kind's form.
     *
     * @param text the text
     * @param kind the question's kind
     * @return the answer, which fits the kind
     * @throws InvalidInputException if the text is none of these, naming what the kind accepts
     */
    public static Answer parse(String text, QuestionKind kind) {
        requireNonNull(text, "text");
        requireNonNull(kind, "kind");
        String stripped = Decimals.toAscii(text.strip());
        String lower = stripped.toLowerCase(Locale.ROOT);
        for (int option = 0; option < kind.options(); option++) {
            Answer answer = ofOption(kind, option);
            if (answer.text().equals(lower) || kind.labels().get(option).thai().equals(stripped)) {
                return answer;
            }
        }
        String labels = String.join(", ", kind.labels().stream().map(Bilingual::thai).toList());
        throw InvalidInputException.of(Location.ROOT, text, kind.isScale()
                ? Message.of("answer.scaleLabel", Message.of(kind == QuestionKind.SIX_LEVEL ? "term.scale.sixLevel" : "term.scale.fourLevel"),
                        kind.options(), labels)
                : Message.of("answer.yesNoLabel", labels));
    }

    /**
     * Reads an answer without knowing its question: a level {@code "1"} to {@code "6"}, {@code "yes"},
     * {@code "no"}, or a label of the four-level form or the yes/no form. The two labels the six-level form
     * uses for other levels (น้อย, มาก) are read as four-level ones here: read six-level answers with
     * {@link #parse(String, QuestionKind)}.
     *
     * @param text the text
     * @return the answer
     * @throws InvalidInputException if the text is none of these
     */
    public static Answer parse(String text) {
        requireNonNull(text, "text");
        String stripped = Decimals.toAscii(text.strip());
        for (QuestionKind kind : new QuestionKind[] {QuestionKind.FOUR_LEVEL, QuestionKind.YES_NO, QuestionKind.SIX_LEVEL}) {
            try {
                return parse(stripped, kind);
            } catch (InvalidInputException e) {
                // try the next kind
            }
        }
        throw InvalidInputException.of(Location.ROOT, text,
                Message.of("answer.unknown"));
    }
}

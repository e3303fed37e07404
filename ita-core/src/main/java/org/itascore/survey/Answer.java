package org.itascore.survey;
import java.util.Locale;
import org.itascore.Decimals;
import org.itascore.Bilingual;
import org.itascore.InvalidInputException;
import org.itascore.Location;

/**
 * One answer to a survey question: a level of the four-level scale, or yes or no.
 *
 * <p>{@link #parse} reads the forms survey exports use: the levels {@code 1} to {@code 4} (ASCII or Thai
 * digits), {@code yes}/{@code no}, and the Thai labels of the questionnaires (น้อยที่สุดหรือไม่มีเลย,
 * น้อย, มาก, มากที่สุด; มี, ไม่มี).
 */
public enum Answer {
    /** Level 1: none or least (น้อยที่สุดหรือไม่มีเลย). */
    LEVEL_1(QuestionKind.FOUR_LEVEL, 0, Bilingual.of("น้อยที่สุดหรือไม่มีเลย", "none or least")),
    /** Level 2: little (น้อย). */
    LEVEL_2(QuestionKind.FOUR_LEVEL, 1, Bilingual.of("น้อย", "little")),
    /** Level 3: much (มาก). */
    LEVEL_3(QuestionKind.FOUR_LEVEL, 2, Bilingual.of("มาก", "much")),
    /** Level 4: most (มากที่สุด). */
    LEVEL_4(QuestionKind.FOUR_LEVEL, 3, Bilingual.of("มากที่สุด", "most")),
    /** Yes (มี). */
    YES(QuestionKind.YES_NO, 0, Bilingual.of("มี", "yes")),
    /** No (ไม่มี). */
    NO(QuestionKind.YES_NO, 1, Bilingual.of("ไม่มี", "no"));

    private static final Answer[] LEVELS = {LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4};

    private final QuestionKind kind;
    private final int option;
    private final Bilingual label;

    Answer(QuestionKind kind, int option, Bilingual label) {
        this.kind = kind;
        this.option = option;
        this.label = label;
    }

    /** {@return the kind of question this answer belongs to} */
    public QuestionKind kind() {
        return kind;
    }

    /** {@return the answer's position among its kind's options, from 0: level 1 is 0, yes is 0, no is 1} */
    public int option() {
        return option;
    }

    /** {@return the label printed on questionnaires, in Thai and English} */
    public Bilingual label() {
        return label;
    }

    /**
     * {@return the answer of that level}
     *
     * @param level 1 to 4
     * @throws InvalidInputException if the level is not 1 to 4
     */
    public static Answer level(int level) {
        if (level < 1 || level > 4) {
            throw InvalidInputException.of(Location.ROOT, Integer.toString(level), "a level of the four-level scale is 1 to 4");
        }
        return LEVELS[level - 1];
    }

    /**
     * Reads an answer: {@code "1"}-{@code "4"} (ASCII or Thai digits), {@code "yes"}, {@code "no"}, or a Thai label.
     *
     * @param text the text
     * @return the answer
     * @throws InvalidInputException if the text is none of these
     */
    public static Answer parse(String text) {
        String stripped = Decimals.toAscii(text.strip());
        switch (stripped.toLowerCase(Locale.ROOT)) {
            case "1": return LEVEL_1;
            case "2": return LEVEL_2;
            case "3": return LEVEL_3;
            case "4": return LEVEL_4;
            case "yes": return YES;
            case "no": return NO;
            default: break;
        }
        for (Answer answer : values()) {
            if (answer.label.thai().equals(stripped)) {
                return answer;
            }
        }
        throw InvalidInputException.of(Location.ROOT, text,
                "an answer is a level 1 to 4, yes or no, or a questionnaire label (น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด, มี, ไม่มี)");
    }
}

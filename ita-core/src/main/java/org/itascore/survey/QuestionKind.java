package org.itascore.survey;

import com.google.common.collect.ImmutableList;
import org.itascore.Bilingual;

/**
 * How a survey question is answered: its options, in order, with the labels printed on the form.
 *
 * <p>The two scales differ in their labels, so a label is read for the kind of its question
 * ({@link Answer#parse(String, QuestionKind)}): "น้อย" (little) is level 2 of four but level 3 of six.
 */
public enum QuestionKind {
    /**
     * The four-level scale: น้อยที่สุดหรือไม่มีเลย (none or least), น้อย (little), มาก (much), มากที่สุด (most),
     * answered as levels 1 to 4 and scored by the edition's {@link AnswerScale}.
     */
    FOUR_LEVEL(ImmutableList.of(
            Bilingual.of("น้อยที่สุดหรือไม่มีเลย", "none or least"),
            Bilingual.of("น้อย", "little"),
            Bilingual.of("มาก", "much"),
            Bilingual.of("มากที่สุด", "most"))),
    /**
     * The six-level scale some systems moved to in 2024: น้อยที่สุดหรือไม่มีเลย (none or least), น้อยมาก (very
     * little), น้อย (little), มาก (much), มากพอสมควร (fairly much), มากที่สุด (most), answered as levels 1 to 6
     * and scored by a six-level {@link AnswerScale}.
     */
    SIX_LEVEL(ImmutableList.of(
            Bilingual.of("น้อยที่สุดหรือไม่มีเลย", "none or least"),
            Bilingual.of("น้อยมาก", "very little"),
            Bilingual.of("น้อย", "little"),
            Bilingual.of("มาก", "much"),
            Bilingual.of("มากพอสมควร", "fairly much"),
            Bilingual.of("มากที่สุด", "most"))),
    /**
     * Yes or no: มี / ไม่มี. Yes scores 100 and no 0; a {@linkplain Question#reversed() reversed} question
     * (which answer scores 100 is the question's polarity, data of the questionnaire) scores no 100 and yes 0.
     */
    YES_NO(ImmutableList.of(Bilingual.of("มี", "yes"), Bilingual.of("ไม่มี", "no")));

    private final ImmutableList<Bilingual> labels;

    QuestionKind(ImmutableList<Bilingual> labels) {
        this.labels = labels;
    }

    /** {@return the number of possible answers: 4, 6 or 2} */
    public int options() {
        return labels.size();
    }

    /** {@return the labels of the options, in order: level 1 first, or yes then no} */
    public ImmutableList<Bilingual> labels() {
        return labels;
    }

    /** {@return whether the question is answered on a scale of levels (scored by an {@link AnswerScale})} */
    public boolean isScale() {
        return this != YES_NO;
    }

    /** {@return how the kind's answers are described in a rule: "a level from 1 to 4", "yes or no"} */
    String answeredWith() {
        return isScale() ? "a level from 1 to " + options() : "yes or no";
    }
}

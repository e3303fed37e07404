package org.itascore.survey;

/** How a survey question is answered. */
public enum QuestionKind {
    /**
     * A four-level scale: น้อยที่สุดหรือไม่มีเลย (none or least), น้อย (little), มาก (much), มากที่สุด (most),
     * answered as levels 1 to 4 and scored by the edition's {@link AnswerScale}.
     */
    FOUR_LEVEL(4),
    /** Yes or no: มี / ไม่มี. Yes scores 100 and no 0, or the reverse for a reversed question. */
    YES_NO(2);

    private final int options;

    QuestionKind(int options) {
        this.options = options;
    }

    /** {@return the number of possible answers: 4 or 2} */
    public int options() {
        return options;
    }
}

package org.itascore;


/**
 * The kinds of {@link Finding}: inconsistencies found by auditing a published report, and problems of
 * raw data found while scoring it.
 */
public enum FindingKind {
    /** The printed total is more than the tolerance away from the exact recomputation. */
    TOTAL_MISMATCH(),
    /** A printed instrument subtotal is more than the tolerance away from the recomputation. */
    INSTRUMENT_MISMATCH(),
    /** A printed grade is not the grade the bands give to the score. */
    GRADE_MISMATCH(),
    /** A printed pass label disagrees with the pass mark. */
    PASS_LABEL_MISMATCH(),
    /** A printed verdict is not the verdict the edition's scheme gives. */
    VERDICT_MISMATCH(),
    /** A printed rank is not the rank of the score among the indicators. */
    RANK_MISMATCH(),
    /** A printed year-to-year difference is not the difference of the printed totals. */
    HISTORY_DIFFERENCE_MISMATCH(),
    /** A printed trend word disagrees with the sign of the difference. */
    TREND_WORD_MISMATCH(),
    /** A printed value lies outside its possible range. */
    OUT_OF_RANGE(),
    /** An instrument was answered by fewer respondents than the edition's minimum. */
    TOO_FEW_RESPONDENTS(),
    /**
     * Some survey responses answered no question at all: they are set aside, not counted as respondents, so
     * that they cannot make up the minimum number of respondents.
     */
    BLANK_RESPONSES(),
    /** A question of the questionnaire has no answer at all, so its indicator is the mean of the others. */
    QUESTION_WITHOUT_ANSWERS(),
    /**
     * Answers read from a form's export are time-stamped outside the fiscal year they are scored for (1 October
     * to 30 September): how many, their first and last date, and the fiscal year most of them fall in.
     */
    ANSWERS_OUTSIDE_FISCAL_YEAR();

    private final Bilingual title;

    FindingKind() {
        this.title = Message.of("name.finding." + name()).bilingual();
    }

    /** {@return a short title of the kind, in Thai and English, for a page that must not show code names} */
    public Bilingual title() {
        return title;
    }
}

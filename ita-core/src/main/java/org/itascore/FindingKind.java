package org.itascore;


/**
 * The kinds of {@link Finding}: inconsistencies found by auditing a published report, and problems of
 * raw data found while scoring it.
 */
public enum FindingKind {
    /** The printed total is more than the tolerance away from the exact recomputation. */
    TOTAL_MISMATCH(Bilingual.of("คะแนนรวมไม่ตรงกับที่คำนวณได้", "total does not match")),
    /** A printed instrument subtotal is more than the tolerance away from the recomputation. */
    INSTRUMENT_MISMATCH(Bilingual.of("คะแนนรายเครื่องมือไม่ตรงกับที่คำนวณได้", "instrument score does not match")),
    /** A printed grade is not the grade the bands give to the score. */
    GRADE_MISMATCH(Bilingual.of("ระดับไม่ตรงกับช่วงคะแนน", "grade does not match")),
    /** A printed pass label disagrees with the pass mark. */
    PASS_LABEL_MISMATCH(Bilingual.of("ผลผ่านเกณฑ์ไม่ตรงกับคะแนน", "pass label does not match")),
    /** A printed verdict is not the verdict the edition's scheme gives. */
    VERDICT_MISMATCH(Bilingual.of("ผลการตัดสินไม่ตรงกับเกณฑ์", "verdict does not match")),
    /** A printed rank is not the rank of the score among the indicators. */
    RANK_MISMATCH(Bilingual.of("ลำดับไม่ตรงกับคะแนน", "rank does not match")),
    /** A printed year-to-year difference is not the difference of the printed totals. */
    HISTORY_DIFFERENCE_MISMATCH(Bilingual.of("ผลต่างรายปีไม่ตรงกับคะแนน", "yearly difference does not match")),
    /** A printed trend word disagrees with the sign of the difference. */
    TREND_WORD_MISMATCH(Bilingual.of("คำบอกพัฒนาการไม่ตรงกับผลต่าง", "trend word does not match")),
    /** A printed value lies outside its possible range. */
    OUT_OF_RANGE(Bilingual.of("ค่าอยู่นอกช่วงที่เป็นไปได้", "value out of range")),
    /** An instrument was answered by fewer respondents than the edition's minimum. */
    TOO_FEW_RESPONDENTS(Bilingual.of("ผู้ตอบน้อยกว่าเกณฑ์", "too few respondents")),
    /**
     * Some survey responses answered no question at all: they are set aside, not counted as respondents, so
     * that they cannot make up the minimum number of respondents.
     */
    BLANK_RESPONSES(Bilingual.of("แบบสำรวจที่ไม่ได้ตอบข้อใดเลย", "blank responses")),
    /** A question of the questionnaire has no answer at all, so its indicator is the mean of the others. */
    QUESTION_WITHOUT_ANSWERS(Bilingual.of("ข้อคำถามที่ไม่มีผู้ตอบ", "question without answers"));

    private final Bilingual title;

    FindingKind(Bilingual title) {
        this.title = title;
    }

    /** {@return a short title of the kind, in Thai and English, for a page that must not show code names} */
    public Bilingual title() {
        return title;
    }
}

package org.itascore.survey;

import org.itascore.Instrument;

/** Builds responses to the standard questionnaire for tests. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /**
     * A response giving every question of an instrument the same answer (level for four-level questions,
     * {@code yesNo} for yes/no ones), then overriding some.
     *
     * @param instrument IIT or EIT
     * @param level the level of every four-level question
     * @param yesNo the answer of every yes/no question
     * @param overrides pairs of question id and answer
     * @return the response
     */
    public static Response uniform(Instrument instrument, int level, Answer yesNo, Object... overrides) {
        Response.Builder b = Response.builder(Questionnaire.STANDARD, instrument);
        java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        for (Question q : Questionnaire.STANDARD.questions(instrument)) {
            answers.put(q.id(), q.kind() == QuestionKind.YES_NO ? yesNo : Answer.level(level));
        }
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                answers.remove((String) overrides[i]);
            } else {
                answers.put((String) overrides[i], (Answer) overrides[i + 1]);
            }
        }
        answers.forEach(b::answer);
        return b.build();
    }
}

/**
 * IIT and EIT surveys: {@link org.itascore.survey.Questionnaire}s of {@link org.itascore.survey.Question}s,
 * {@link org.itascore.survey.AnswerScale}s (data, chosen by the edition), {@link org.itascore.survey.Response}s,
 * and exact, mergeable {@link org.itascore.survey.Tally tallies}.
 */
package org.itascore.survey;

/**
 * The assessment of an office from its indicator scores: {@link org.itascore.assess.Assessor} applies an
 * edition's rules to {@link org.itascore.assess.IndicatorScores} and returns an
 * {@link org.itascore.assess.Assessment}.
 */
package org.itascore.assess;

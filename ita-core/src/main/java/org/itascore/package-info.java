/**
 * The ITA vocabulary and its exact values: {@link org.itascore.Score}, {@link org.itascore.Weight},
 * {@link org.itascore.FiscalYear}, the ten {@link org.itascore.Indicator}s, the three
 * {@link org.itascore.Instrument}s, the {@link org.itascore.Grade}s and {@link org.itascore.Verdict}s.
 *
 * <p>The rounding rule of the library is written once, on {@link org.itascore.Score#official()}: half up to
 * two decimals, applied once, at the edge. Bad values are refused with an
 * {@link org.itascore.InvalidInputException} that lists every {@link org.itascore.Problem} by field,
 * value and rule.
 *
 * <p>Sub-packages: {@code edition} (editions of the assessment, as data), {@code assess} (the assessment of
 * an office from its indicator scores), {@code history} (an office's results over the years), and
 * {@code text} (Thai digits).
 */
package org.itascore;

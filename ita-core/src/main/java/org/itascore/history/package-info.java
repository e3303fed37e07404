/**
 * An office's totals over the years: {@link org.itascore.history.History}, its year-to-year
 * {@link org.itascore.history.HistoryStep}s and {@link org.itascore.history.Trend}s.
 */
package org.itascore.history;

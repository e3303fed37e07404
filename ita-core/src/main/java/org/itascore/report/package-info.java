/**
 * Reports as offices publish them: {@link org.itascore.report.IndicatorReport} (indicator scores) and
 * {@link org.itascore.report.Published} (what the report printed: total, grades, pass labels, ranks,
 * instrument subtotals, history table), independent of any file format.
 */
package org.itascore.report;

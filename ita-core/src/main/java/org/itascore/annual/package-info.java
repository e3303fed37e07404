/**
 * The office's annual ITA analysis, the document every office writes each year and publishes as OIT
 * evidence: its result against the national (or a cohort's) average, its history with the year's changes,
 * its indicators ranked and graded, the indicators below the pass mark that it must improve, and the measures
 * of its plan for each. {@link org.itascore.annual.AnnualAnalysis} gathers all of it from a report; the
 * renderers of a front end only write it out.
 */
package org.itascore.annual;

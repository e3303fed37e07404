/**
 * Statistics across many offices: a {@link org.itascore.cohort.Cohort} of assessments (order-free,
 * mergeable) and its {@link org.itascore.cohort.CohortStatistics}.
 */
package org.itascore.cohort;

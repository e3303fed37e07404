/**
 * Assessment from raw data: {@link org.itascore.raw.RawAssessor} turns survey tallies and an OIT
 * checklist ({@link org.itascore.raw.RawData}) into the same {@link org.itascore.assess.Assessment} as
 * indicator scores do, with findings and diagnostics ({@link org.itascore.raw.RawAssessment}).
 */
package org.itascore.raw;

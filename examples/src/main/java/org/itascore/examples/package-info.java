/**
 * Runnable examples, one use case each: {@link org.itascore.examples.ScoreFromIndicators},
 * {@link org.itascore.examples.ScoreFromRawData}, {@link org.itascore.examples.AuditPublishedReport},
 * {@link org.itascore.examples.CohortOfOffices}, {@link org.itascore.examples.WhatIfTargets},
 * {@link org.itascore.examples.CustomEditionFromJson}. The test suite runs every one.
 */
package org.itascore.examples;

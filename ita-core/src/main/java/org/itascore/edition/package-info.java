/**
 * Editions of the assessment, as data: {@link org.itascore.edition.Edition} (weights, indicators per
 * instrument, {@link org.itascore.edition.GradeScale}, pass mark, {@link org.itascore.edition.VerdictScheme},
 * {@link org.itascore.edition.Provenance}) and the registry {@link org.itascore.edition.Editions}.
 */
package org.itascore.edition;

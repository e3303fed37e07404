/**
 * Word files of the office's documents: {@link org.itascore.docx.Docx} writes an annual analysis, an
 * assessment or audit, or an action plan, as made by ita-render, as a DOCX file an office edits and signs.
 */
package org.itascore.docx;

/**
 * CSV and XLSX sheets into ita-core's table import.
 *
 * <ul>
 *   <li>{@link org.itascore.csv.SheetFiles}: reads a responses export or a checklist sheet, CSV (UTF-8, with or
 *       without BOM, RFC 4180 quoting, CRLF or LF) or XLSX (its first sheet), in constant memory, and pushes its
 *       rows into a {@link org.itascore.table.TableImport}.</li>
 * </ul>
 *
 * <p>A problem's place in a sheet (row, column letter and header) is named by the core's
 * {@link org.itascore.table.CellPlaces}, in the reader's language.
 */
package org.itascore.csv;

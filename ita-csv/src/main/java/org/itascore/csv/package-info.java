/**
 * CSV and XLSX sheets into ita-core's table import.
 *
 * <ul>
 *   <li>{@link org.itascore.csv.SheetFiles}: reads a responses export or a checklist sheet, CSV (UTF-8, with or
 *       without BOM, RFC 4180 quoting, CRLF or LF) or XLSX (its first sheet), in constant memory, and pushes its
 *       rows into a {@link org.itascore.table.TableImport}.</li>
 *   <li>{@link org.itascore.table.CellPlaces}: prints a problem's place as a spreadsheet user looks for it:
 *       the file, the row, the column's letter and header.</li>
 * </ul>
 */
package org.itascore.csv;

/**
 * Survey answers and OIT checklists kept as tables: the responses export of a Google Form, a checklist kept
 * in a sheet. Every rule of reading them lives here; a CSV or XLSX reader only turns its bytes into rows of
 * text and pushes them in.
 *
 * <ul>
 *   <li>{@link org.itascore.table.SheetMapping}, {@link org.itascore.table.ChecklistColumns} and
 *       {@link org.itascore.table.ImportMapping}: which column is which question, which holds the office,
 *       which label is which level. Data, proposed from the headers ({@link org.itascore.table.MappingProposal})
 *       or written by the user.</li>
 *   <li>{@link org.itascore.table.TableImport}: reads the sheets of one or many offices, row by row, in
 *       constant memory, into the core's survey batches and checklists ({@link org.itascore.table.ImportResult}).</li>
 *   <li>{@link org.itascore.table.Cells}: where a problem is, as a row and a column, for the front end to
 *       print as a spreadsheet user looks for it (row 5, column C).</li>
 * </ul>
 *
 * <p>Two audiences use this package. A user scoring an office from its exports starts at the front door,
 * {@link org.itascore.table.SheetsRequest}. A reader of another kind of table (a database, another spreadsheet
 * library) is a service provider: it opens the request's {@link org.itascore.table.TableImport} and pushes each
 * sheet's header and rows into {@link org.itascore.table.TableImport#responses} and
 * {@link org.itascore.table.TableImport#checklist}, exactly as ita-csv does; these methods are the package's
 * service-provider interface, kept as stable as the rest of the API.
 */
package org.itascore.table;

/**
 * Readers of tables: a Google Forms responses export and an OIT checklist kept in a sheet, as CSV (FastCSV)
 * or XLSX (read with the JDK's XML parser as hostile input), pushed row by row into ita-core's {@link org.itascore.table.TableImport}. A front
 * end only: every rule of reading the rows lives in ita-core.
 */
module org.itascore.csv {
    requires transitive org.itascore.core;
    requires de.siegmar.fastcsv;
    requires java.xml;

    exports org.itascore.csv;
}

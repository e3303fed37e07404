/**
 * The office's documents as Word files (DOCX): the documents of ita-render written through Apache POI, in the
 * layout of Thai official documents. A front end only, holding no rule.
 */
module org.itascore.docx {
    requires transitive org.itascore.render;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;

    exports org.itascore.docx;
}

/**
 * The HTTP service: the library for district systems written in PHP, Python and other languages. A front end
 * only: it translates HTTP requests to ita-core's services and ita-json's documented formats, and problems to
 * RFC 9457 problem details.
 */
module org.itascore.http {
    requires transitive org.itascore.json;
    requires org.itascore.csv;
    requires org.itascore.render;
    requires org.itascore.docx;
    requires org.itascore.samples;
    requires org.eclipse.jetty.server;

    exports org.itascore.http;
}

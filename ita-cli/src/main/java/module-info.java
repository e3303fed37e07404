/**
 * The {@code ita} command line: maps its options onto ita-core's requests and prints the results as ita-render,
 * ita-docx and ita-json write them. A front end only: every rule lives in ita-core, every format in ita-json.
 */
module org.itascore.cli {
    requires transitive org.itascore.json;
    requires transitive org.itascore.render;
    requires org.itascore.docx;
    requires org.itascore.samples;
    requires org.itascore.csv;
    requires org.itascore.testkit;
    requires org.itascore.http;
    requires info.picocli;
    requires de.siegmar.fastcsv;

    exports org.itascore.cli;

    opens org.itascore.cli to info.picocli;
}

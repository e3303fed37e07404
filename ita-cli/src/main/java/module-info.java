/**
 * The {@code ita} command line and the renderers it shares with other front ends: text tables and a
 * printable HTML page, in Thai or English. A front end only: every rule lives in ita-core, every format in
 * ita-json.
 */
module org.itascore.cli {
    requires transitive org.itascore.json;
    requires org.itascore.csv;
    requires org.itascore.testkit;
    requires org.itascore.http;
    requires info.picocli;
    requires de.siegmar.fastcsv;

    exports org.itascore.render;
    exports org.itascore.cli;

    opens org.itascore.cli to info.picocli;
}

/**
 * The renderers: ita-core's results as people read them, as text tables, printable A4 HTML pages and CSV, in Thai
 * or English. Shared by the command line, the service and the web app; a front end only, holding no rule.
 */
module org.itascore.render {
    requires transitive org.itascore.core;
    requires de.siegmar.fastcsv;
    // the charts as PNG images for Word documents (Java 2D, headless)
    requires java.desktop;

    exports org.itascore.render;
}

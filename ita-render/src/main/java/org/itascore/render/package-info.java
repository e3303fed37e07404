/**
 * Renderers of the library's results for people: aligned text tables (Thai display widths included) and a
 * self-contained HTML page, in Thai or English, with ASCII or Thai digits ({@link org.itascore.render.Style}).
 * Shared by the command line and any other front end; stateless and thread-safe.
 */
package org.itascore.render;

package org.itascore.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Supplier;
import org.itascore.Language;

/**
 * A document an office publishes, as content without a format: a title block, headings, paragraphs, lists,
 * tables, charts and a signature block, in the reader's language and digits, every text already written. The
 * renderers of ita-render make it ({@link AnnualDocument}, {@link AssessmentDocument}, {@link PlanDocument}); a
 * writer turns it into a format ({@link DocumentHtml}, and the ita-docx module's Word writer), so that every
 * format of a document says the same. Immutable and thread-safe.
 */
public final class Document {

    private final String title;
    private final String office;
    private final String fiscalYear;
    private final Language language;
    private final ImmutableList<Block> blocks;

    private Document(String title, String office, String fiscalYear, Language language, List<Block> blocks) {
        this.title = requireNonNull(title, "title");
        this.office = requireNonNull(office, "office");
        this.fiscalYear = requireNonNull(fiscalYear, "fiscalYear");
        this.language = requireNonNull(language, "language");
        this.blocks = ImmutableList.copyOf(blocks);
    }

    static Document of(String title, String office, String fiscalYear, Language language, List<Block> blocks) {
        return new Document(title, office, fiscalYear, language, blocks);
    }

    /** {@return the document's title, as a file's properties and a window's title give it} */
    public String title() {
        return title;
    }

    /** {@return the office the document is of, made safe to print} */
    public String office() {
        return office;
    }

    /** {@return the fiscal year (B.E.) the document is of, in the reader's digits} */
    public String fiscalYear() {
        return fiscalYear;
    }

    /** {@return the language the document is written in} */
    public Language language() {
        return language;
    }

    /** {@return the document's content, in reading order} */
    public ImmutableList<Block> blocks() {
        return blocks;
    }

    /** One part of a document's content. */
    public sealed interface Block permits Title, Heading, Paragraph, Items, Table, Chart, SignatureBlock {
    }

    /**
     * The title block at the top of the first page, centred.
     *
     * @param kicker the kind of document, above the name (the analysis's title, a plan's title); may be empty
     * @param name the office's name, the document's main title
     * @param meta the line under it: the fiscal year and edition, or the date; may be empty
     */
    public record Title(String kicker, String name, String meta) implements Block {
        /**
         * Creates a title block.
         *
         * @param kicker the kind of document
         * @param name the office's name
         * @param meta the line under it
         */
        public Title {
            requireNonNull(kicker, "kicker");
            requireNonNull(name, "name");
            requireNonNull(meta, "meta");
        }
    }

    /**
     * A heading: level 1 a section of the document, 2 a numbered part of it, 3 a part of that.
     *
     * @param level 1, 2 or 3
     * @param text the heading's text, with its number where the document numbers it
     */
    public record Heading(int level, String text) implements Block {
        /**
         * Creates a heading.
         *
         * @param level 1, 2 or 3
         * @param text the heading's text
         * @throws IllegalArgumentException if the level is not 1, 2 or 3
         */
        public Heading {
            requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("a heading's level is 1, 2 or 3");
            }
        }
    }

    /** How a paragraph stands out from the body text. */
    public enum Emphasis {
        /** Body text. */
        PLAIN,
        /** A label, in bold (a legend's title). */
        STRONG,
        /** A note in a box, to be seen (a corrected total). */
        BOXED,
        /** The result itself, large and bold (an assessment's total and grade). */
        RESULT,
        /** A small note at the end (how the figures were computed). */
        NOTE
    }

    /**
     * A paragraph of text.
     *
     * @param text the text
     * @param emphasis how it stands out
     */
    public record Paragraph(String text, Emphasis emphasis) implements Block {
        /**
         * Creates a paragraph.
         *
         * @param text the text
         * @param emphasis how it stands out
         */
        public Paragraph {
            requireNonNull(text, "text");
            requireNonNull(emphasis, "emphasis");
        }
    }

    /**
     * One entry of a list: an optional lead in bold, its text, and entries under it.
     *
     * @param lead the bold start of the entry (an indicator's name, a finding's title); may be empty
     * @param text the rest of the entry; may be empty
     * @param children the entries under it (the activities under an indicator), without children of their own
     */
    public record Item(String lead, String text, ImmutableList<String> children) {
        /**
         * Creates an entry.
         *
         * @param lead the bold start
         * @param text the rest
         * @param children the entries under it
         */
        public Item {
            requireNonNull(lead, "lead");
            requireNonNull(text, "text");
            requireNonNull(children, "children");
        }
    }

    /**
     * A bulleted list.
     *
     * @param items its entries
     */
    public record Items(ImmutableList<Item> items) implements Block {
        /**
         * Creates a list.
         *
         * @param items its entries
         */
        public Items {
            requireNonNull(items, "items");
        }
    }

    /**
     * A table's column.
     *
     * @param header the column's heading
     * @param numeric whether its cells are figures, aligned right
     * @param width its share of the table's width, relative to the other columns'
     */
    public record Column(String header, boolean numeric, int width) {
        /**
         * Creates a column.
         *
         * @param header its heading
         * @param numeric whether its cells are figures
         * @param width its relative width, positive
         * @throws IllegalArgumentException if the width is not positive
         */
        public Column {
            requireNonNull(header, "header");
            if (width <= 0) {
                throw new IllegalArgumentException("a column's width is positive");
            }
        }
    }

    /**
     * A table's row.
     *
     * @param cells its cells, one per column
     * @param strong whether the row stands out in bold (an indicator below the pass mark, a total)
     */
    public record Row(ImmutableList<String> cells, boolean strong) {
        /**
         * Creates a row.
         *
         * @param cells its cells
         * @param strong whether it stands out
         */
        public Row {
            requireNonNull(cells, "cells");
        }
    }

    /**
     * A table whose header row repeats on every page it runs onto, and whose rows are never split.
     *
     * @param columns its columns
     * @param rows its rows, each with one cell per column
     * @param compact whether the table takes only the width it needs (a legend), instead of the page's
     */
    public record Table(ImmutableList<Column> columns, ImmutableList<Row> rows, boolean compact) implements Block {
        /**
         * Creates a table.
         *
         * @param columns its columns
         * @param rows its rows
         * @param compact whether it takes only the width it needs
         * @throws IllegalArgumentException if a row's cells do not match the columns
         */
        public Table {
            requireNonNull(columns, "columns");
            requireNonNull(rows, "rows");
            for (Row r : rows) {
                if (r.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A chart, whose figures the table next to it also gives: drawn as SVG for a page and as a PNG image for a
     * document that cannot hold SVG. Each is drawn when first asked for.
     */
    public static final class Chart implements Block {
        private final String description;
        private final Supplier<String> svg;
        private final Supplier<byte[]> png;
        private final double aspect;

        Chart(String description, double aspect, Supplier<String> svg, Supplier<byte[]> png) {
            this.description = requireNonNull(description, "description");
            this.aspect = aspect;
            this.svg = com.google.common.base.Suppliers.memoize(svg::get);
            this.png = com.google.common.base.Suppliers.memoize(png::get);
        }

        /** {@return what the chart shows, for readers who cannot see it (alternative text)} */
        public String description() {
            return description;
        }

        /** {@return the chart's height divided by its width} */
        public double aspect() {
            return aspect;
        }

        /** {@return the chart as an inline SVG element} */
        public String svg() {
            return svg.get();
        }

        /** {@return the chart as a PNG image, at print resolution; a copy, which the caller may keep} */
        public byte[] png() {
            return png.get().clone();
        }
    }

    /**
     * The signature block at the end, in the right half of the page: the line to sign on, the name in
     * parentheses, the position and the date, one per line.
     *
     * @param lines its lines
     */
    public record SignatureBlock(ImmutableList<String> lines) implements Block {
        /**
         * Creates a signature block.
         *
         * @param lines its lines
         */
        public SignatureBlock {
            requireNonNull(lines, "lines");
        }
    }
}

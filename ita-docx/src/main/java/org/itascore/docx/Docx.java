package org.itascore.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.itascore.Language;
import org.itascore.render.Document.Block;
import org.itascore.render.Document.Column;
import org.itascore.render.Document.Item;
import org.itascore.render.Document.Row;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a document of ita-render ({@link org.itascore.render.Document}) as a Word file (DOCX, Office Open XML)
 * that an office edits, signs and publishes: A4 paper with the margins of Thai official documents (3 cm left,
 * 2 cm right, 2.5 cm top, 2 cm bottom); TH Sarabun New (the government's standard Thai font; LibreOffice and
 * Linux map it to its metric twin Laksaman) at 16 pt for the body; Word's own heading styles (Heading 1-3), so that
 * the navigation pane and a table of contents work; real tables whose header row repeats on every page and whose
 * rows never split; the charts as PNG images, next to the tables that give their numbers; a bulleted list as
 * Word's numbering; and the core properties (title, office as subject, fiscal year as keywords). The text is
 * the document's, unchanged: its language, its digits. Stateless and thread-safe.
 */
public final class Docx {

    private Docx() {
    }

    /** The font of the styles: the Thai government's standard font, for Latin and Thai text alike. */
    static final String FONT = "TH Sarabun New";
    /** A4 in twentieths of a point. */
    private static final int PAGE_WIDTH = 11_906;
    private static final int PAGE_HEIGHT = 16_838;
    /** 3 cm, 2 cm, 2.5 cm and 2 cm in twentieths of a point. */
    private static final int LEFT = 1_701;
    private static final int RIGHT = 1_134;
    private static final int TOP = 1_417;
    private static final int BOTTOM = 1_134;
    /** The width between the margins, in twentieths of a point. */
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    /**
     * {@return the document as the bytes of a DOCX file}
     *
     * @param d the document
     */
    public static byte[] write(org.itascore.render.Document d) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc, d.language());
            BigInteger bullets = bullets(doc);
            for (Block b : d.blocks()) {
                block(doc, b, bullets);
            }
            page(doc);
            properties(doc, d);
            ByteArrayOutputStream out = new ByteArrayOutputStream(65_536);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a document in memory: not reached
        }
    }

    private static void block(XWPFDocument doc, Block block, BigInteger bullets) {
        if (block instanceof org.itascore.render.Document.Title t) {
            if (!t.kicker().isEmpty()) {
                text(centred(doc, "Kicker"), t.kicker());
            }
            text(centred(doc, "Title"), t.name());
            if (!t.meta().isEmpty()) {
                text(centred(doc, "Subtitle"), t.meta());
            }
        } else if (block instanceof org.itascore.render.Document.Heading h) {
            text(paragraph(doc, "Heading" + h.level()), h.text());
        } else if (block instanceof org.itascore.render.Document.Paragraph p) {
            paragraph(doc, p);
        } else if (block instanceof org.itascore.render.Document.Items list) {
            for (Item i : list.items()) {
                XWPFParagraph p = listParagraph(doc, bullets, 0);
                if (!i.lead().isEmpty()) {
                    XWPFRun lead = p.createRun();
                    lead.setStyle("Strong");
                    lead.setText(i.text().isEmpty() ? i.lead() : i.lead() + " ");
                }
                if (!i.text().isEmpty()) {
                    p.createRun().setText(i.text());
                }
                for (String child : i.children()) {
                    text(listParagraph(doc, bullets, 1), child);
                }
            }
        } else if (block instanceof org.itascore.render.Document.Table t) {
            table(doc, t);
        } else if (block instanceof org.itascore.render.Document.Chart c) {
            chart(doc, c);
        } else if (block instanceof org.itascore.render.Document.SignatureBlock s) {
            List<String> lines = s.lines();
            // the signature never stands alone on the last page: the paragraph before it goes with it
            List<XWPFParagraph> before = doc.getParagraphs();
            if (!before.isEmpty()) {
                before.get(before.size() - 1).setKeepNext(true);
            }
            for (int k = 0; k < lines.size(); k++) {
                XWPFParagraph p = paragraph(doc, k == 0 ? "SignatureFirst" : "Signature");
                p.setKeepNext(k < lines.size() - 1);
                text(p, lines.get(k));
            }
        }
    }

    private static void paragraph(XWPFDocument doc, org.itascore.render.Document.Paragraph p) {
        if (p.emphasis() == org.itascore.render.Document.Emphasis.NOTE) {
            // how the figures were computed: in the page's footer, under the text
            XWPFParagraph note = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph();
            note.setStyle("Note");
            text(note, p.text());
            return;
        }
        XWPFParagraph para = paragraph(doc, switch (p.emphasis()) {
            case PLAIN -> "Normal";
            case STRONG -> "LegendTitle";
            case BOXED -> "Normal";
            case RESULT -> "Result";
            case NOTE -> "Note";
        });
        if (p.emphasis() == org.itascore.render.Document.Emphasis.BOXED) {
            para.setBorderTop(Borders.SINGLE);
            para.setBorderBottom(Borders.SINGLE);
            para.setBorderLeft(Borders.SINGLE);
            para.setBorderRight(Borders.SINGLE);
        }
        text(para, p.text());
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    private static XWPFParagraph centred(XWPFDocument doc, String style) {
        XWPFParagraph p = paragraph(doc, style);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph listParagraph(XWPFDocument doc, BigInteger bullets, int level) {
        XWPFParagraph p = paragraph(doc, "ListParagraph");
        p.setNumID(bullets);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    /** Writes a text into a paragraph, a line break for each line after the first. */
    private static void text(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        List<String> lines = text.lines().toList();
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                r.addBreak();
            }
            r.setText(lines.get(k), k);
        }
    }

    private static void table(XWPFDocument doc, org.itascore.render.Document.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        fill(table, t, t.compact() ? TEXT_WIDTH * 3 / 4 : TEXT_WIDTH);
        // a little space after the table, before what follows
        paragraph(doc, "AfterTable");
    }

    /** Makes a table of the document's: its width, fixed columns, borders, the header row repeated, rows kept whole. */
    private static void fill(XWPFTable table, org.itascore.render.Document.Table t, int width) {
        List<Column> columns = t.columns();
        int sum = columns.stream().mapToInt(Column::width).sum();
        table.setWidth(Integer.toString(width));
        table.setWidthType(TableWidthType.DXA);
        table.setTableAlignment(TableRowAlign.LEFT);
        table.setCellMargins(0, 80, 0, 80);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        fixed(table, columns.stream().map(c -> width * c.width() / sum).toList());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int k = 0; k < columns.size(); k++) {
            XWPFTableCell cell = cell(header, k, width * columns.get(k).width() / sum);
            cell.setColor("EEF0F3");
            text(cellParagraph(cell, "TableHeading", false), columns.get(k).header());
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            tr.setCantSplitRow(true);
            for (int k = 0; k < columns.size(); k++) {
                XWPFTableCell cell = cell(tr, k, width * columns.get(k).width() / sum);
                text(cellParagraph(cell, row.strong() ? "TableStrong" : "TableText", columns.get(k).numeric()), row.cells().get(k));
            }
        }
    }

    /**
     * Gives a table's columns these widths, fixed: as given, not as a word processor's autofit would shrink them to
     * their content.
     */
    private static void fixed(XWPFTable table, List<Integer> widths) {
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int k, long width) {
        XWPFTableCell cell = row.getCell(k);
        cell.setWidth(Long.toString(width)); // first: it makes the width that the type is set on
        cell.setWidthType(TableWidthType.DXA);
        return cell;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, String style, boolean numeric) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        return p;
    }

    private static void chart(XWPFDocument doc, org.itascore.render.Document.Chart c) {
        // two thirds of the text's width: the figures are in the table next to it, the chart shows their shape
        picture(paragraph(doc, "Figure"), c, TEXT_WIDTH * 2 / 3 / 20.0);
    }

    /** Adds a chart's PNG image to a paragraph, this wide in points, with its description as alternative text. */
    private static void picture(XWPFParagraph p, org.itascore.render.Document.Chart c, double widthPt) {
        XWPFRun r = p.createRun();
        try {
            r.addPicture(new ByteArrayInputStream(c.png()), PictureType.PNG, "chart.png", Units.toEMU(widthPt),
                    Units.toEMU(widthPt * c.aspect()));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("a chart's PNG image was refused", e); // made by ita-render: not reached
        }
        // the alternative text, which Word reads aloud and shows in its picture pane
        CTInline inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(c.description());
        inline.getDocPr().setName(c.description());
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void properties(XWPFDocument doc, org.itascore.render.Document d) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(d.title());
        core.setSubjectProperty(d.office());
        core.setKeywords(d.fiscalYear());
        core.setCreator("ita");
        var custom = doc.getProperties().getCustomProperties();
        custom.addProperty("Office", d.office());
        custom.addProperty("FiscalYear", d.fiscalYear());
    }

    private static void styles(XWPFDocument doc, Language language) {
        String lang = language == Language.THAI ? "th-TH" : "en-GB";
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(Styles.xml(FONT, lang)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the styles are not valid", e); // constant XML: not reached
        }
    }

    private static BigInteger bullets(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        try {
            var abstractNum = NumberingDocument.Factory.parse(Styles.BULLETS).getNumbering().getAbstractNumArray(0);
            BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            return numbering.addNum(id);
        } catch (XmlException e) {
            throw new IllegalStateException("the bullets are not valid", e); // constant XML: not reached
        }
    }
}

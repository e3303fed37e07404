package org.itascore.docx;

/**
 * The styles and bullets of the Word files, as the WordprocessingML that Word itself writes for them: the
 * document's defaults (the font for Latin and complex-script text, 16 pt, the language), Word's built-in heading
 * styles under their built-in names (so that Word lists them in its navigation pane and table of contents), and
 * the styles of the title block, tables, charts, notes and signature. Sizes are in half-points, spacing in
 * twentieths of a point.
 */
final class Styles {

    private Styles() {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Line spacing in 240ths of a line: TH Sarabun New's single line is tall, made room for stacked Thai marks. */
    static final int LINE = 204;

    /**
     * {@return the styles part}
     *
     * @param font the font of every style
     * @param lang the language of the text, as a BCP 47 tag
     */
    static String xml(String font, String lang) {
        String fonts = "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\"" + font + "\" w:cs=\"" + font + "\"/>";
        return "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                + "<w:lang w:val=\"" + lang + "\" w:eastAsia=\"" + lang + "\" w:bidi=\"th-TH\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"" + LINE + "\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                + "</w:docDefaults>"
                + paragraphStyle("Normal", "Normal", null, true, "", "")
                + paragraphStyle("Title", "Title", "Normal", true, "<w:keepNext/><w:spacing w:after=\"40\"/><w:jc w:val=\"center\"/>",
                        "<w:b/><w:bCs/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
                + paragraphStyle("Kicker", "Kicker", "Normal", false, "<w:keepNext/><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                        "<w:b/><w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")
                + paragraphStyle("Subtitle", "Subtitle", "Normal", true, "<w:spacing w:after=\"160\"/><w:jc w:val=\"center\"/>",
                        "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
                + heading(1, 32, 80) + heading(2, 32, 60) + heading(3, 32, 40)
                + paragraphStyle("ListParagraph", "List Paragraph", "Normal", true, "<w:spacing w:after=\"0\"/>", "")
                + paragraphStyle("LegendTitle", "Legend Title", "Normal", false, "<w:keepNext/><w:spacing w:before=\"60\"/>",
                        "<w:b/><w:bCs/>")
                + paragraphStyle("Result", "Result", "Normal", false, "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/>",
                        "<w:b/><w:bCs/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>")
                + paragraphStyle("Note", "Note", "Normal", false, "<w:spacing w:before=\"60\"/>",
                        "<w:color w:val=\"4B5365\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
                + paragraphStyle("TableText", "Table Text", "Normal", false, "<w:spacing w:after=\"0\"/>",
                        "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
                + paragraphStyle("TableStrong", "Table Text Strong", "TableText", false, "", "<w:b/><w:bCs/>")
                + paragraphStyle("TableHeading", "Table Heading", "TableText", false, "<w:keepNext/>", "<w:b/><w:bCs/>")
                + paragraphStyle("AfterTable", "After Table", "Normal", false, "<w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>",
                        "<w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/>")
                + paragraphStyle("Figure", "Figure", "Normal", false, "<w:keepLines/><w:spacing w:before=\"40\" w:after=\"80\" w:line=\"240\" w:lineRule=\"auto\"/>"
                        + "<w:jc w:val=\"center\"/>", "")
                // the signature block: the right half of the page, centred, kept on one page
                + paragraphStyle("Signature", "Signature", "Normal", true, "<w:keepLines/><w:spacing w:after=\"0\"/>"
                        + "<w:ind w:left=\"" + Docx.TEXT_WIDTH / 2 + "\"/><w:jc w:val=\"center\"/>", "")
                + paragraphStyle("SignatureFirst", "Signature First", "Signature", false, "<w:spacing w:before=\"240\"/>", "")
                + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:qFormat/>"
                + "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
                + "</w:styles>";
    }

    private static String heading(int level, int size, int before) {
        return paragraphStyle("Heading" + level, "heading " + level, "Normal", true,
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"60\"/><w:outlineLvl w:val=\"" + (level - 1)
                        + "\"/>", "<w:b/><w:bCs/><w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/>");
    }

    private static String paragraphStyle(String id, String name, String basedOn, boolean primary, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (id.equals("Normal") ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:next w:val=\"Normal\"/>" + (primary ? "<w:qFormat/>" : "")
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    /** The bullets of lists: a bullet at the first level, a dash at the second, each hanging. */
    static final String BULLETS = "<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum w:abstractNumId=\"0\">"
            + "<w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + level(0, "\u2022", 567) + level(1, "\u2013", 1134)
            + "</w:abstractNum></w:numbering>";

    private static String level(int level, String bullet, int indent) {
        return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"" + bullet + "\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\"283\"/></w:pPr></w:lvl>";
    }
}

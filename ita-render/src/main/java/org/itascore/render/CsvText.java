package org.itascore.render;

/**
 * The text cells the renderers write to CSV, made safe for spreadsheets (OWASP's guidance on CSV injection): a
 * cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a
 * formula by Excel, LibreOffice or Google Sheets (an office named {@code =HYPERLINK(...)}), so it is written with a
 * leading apostrophe, which spreadsheets show as text and do not print. Only text taken from an input goes through
 * here (office names, ids, titles); numbers are written as numbers. Stateless and thread-safe.
 */
final class CsvText {

    private CsvText() {
    }

    /** {@return the text as a cell no spreadsheet runs as a formula} */
    static String of(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}

package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import org.itascore.Bilingual;

/**
 * One document an office must publish on its website, such as O1 "structure".
 *
 * <p>Where a source lists an item without its title (the NACC's FY2568 list leaves out O2 and O5-O7), the
 * item is {@linkplain #untitled untitled}: its title is {@link #TITLE_NOT_PUBLISHED}, which says so in both
 * languages, and {@link OitCatalogue#withTitles} supplies the real one.
 *
 * @param id the id, for example {@code "O1"}
 * @param subIndicator the id of the sub-indicator it belongs to, for example {@code "9.1"}
 * @param title its name in Thai and English
 */
public record OitItem(String id, String subIndicator, Bilingual title) {

    /** The title of an item whose title no source publishes. */
    public static final Bilingual TITLE_NOT_PUBLISHED =
            Bilingual.of("(ไม่พบชื่อรายการที่เผยแพร่ โปรดระบุเอง)", "(title not published: supply your own)");

    /**
     * Creates an item.
     *
     * @param id the id, for example {@code "O1"}
     * @param subIndicator the id of the sub-indicator it belongs to, for example {@code "9.1"}
     * @param title its name in Thai and English
     * @throws NullPointerException if any argument is null
     */
    public OitItem {
        requireNonNull(id, "id");
        requireNonNull(subIndicator, "subIndicator");
        requireNonNull(title, "title");
    }

    /**
     * Returns an item whose title is not published.
     *
     * @param id the id, for example {@code "O2"}
     * @param subIndicator the id of its sub-indicator
     * @return the item, titled {@link #TITLE_NOT_PUBLISHED}
     */
    public static OitItem untitled(String id, String subIndicator) {
        return new OitItem(id, subIndicator, TITLE_NOT_PUBLISHED);
    }

    /** {@return whether the item's title is known, that is, not {@link #TITLE_NOT_PUBLISHED}} */
    public boolean titleKnown() {
        return !title.equals(TITLE_NOT_PUBLISHED);
    }
}

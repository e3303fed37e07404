package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import org.itascore.Bilingual;

/**
 * One document an office must publish on its website, such as O1 "structure".
 *
 * @param id the id, for example {@code "O1"}
 * @param subIndicator the id of the sub-indicator it belongs to, for example {@code "9.1"}
 * @param title its name in Thai and English
 */
public record OitItem(String id, String subIndicator, Bilingual title) {

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
}

package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;

/**
 * Which columns of an OIT checklist sheet hold the item, whether it is published, the evidence address and a
 * note, and (when one sheet holds many offices) the office. By default the columns are found by their
 * headers; immutable and thread-safe.
 *
 * @param item the header of the item ids ({@code O1}, {@code o1} or {@code 1})
 * @param present the header of whether the item is published (มี/ไม่มี, yes/no, 1/0, ✓ or empty)
 * @param evidence the header of the evidence address, if the sheet has one
 * @param note the header of a note, if the sheet has one; read and not scored
 * @param office the header of the office's name, when one sheet holds many offices
 */
public record ChecklistColumns(String item, String present, Optional<String> evidence, Optional<String> note,
        Optional<String> office) {

    /** Headers taken as the item column, lower-case. */
    static final ImmutableSet<String> ITEM = ImmutableSet.of("item", "id", "ข้อ", "รายการ", "ตัวชี้วัด", "รหัส");
    /** Headers taken as the published column, lower-case. */
    static final ImmutableSet<String> PRESENT = ImmutableSet.of("present", "published", "มี/ไม่มี", "มี", "เผยแพร่",
            "การเผยแพร่", "สถานะ", "status");
    /** Headers taken as the evidence column, lower-case. */
    static final ImmutableSet<String> EVIDENCE = ImmutableSet.of("evidence", "url", "link", "ลิงก์", "ลิงค์", "หลักฐาน",
            "url หลักฐาน", "evidence url");
    /** Headers taken as the note column, lower-case. */
    static final ImmutableSet<String> NOTE = ImmutableSet.of("note", "notes", "หมายเหตุ");

    /**
     * Creates the columns.
     *
     * @param item the header of the item ids
     * @param present the header of whether the item is published
     * @param evidence the header of the evidence address, if any
     * @param note the header of a note, if any
     * @param office the header of the office's name, if any
     */
    public ChecklistColumns {
        requireNonNull(item, "item");
        requireNonNull(present, "present");
        requireNonNull(evidence, "evidence");
        requireNonNull(note, "note");
        requireNonNull(office, "office");
    }

    /**
     * {@return the columns found by their headers, as far as they are}: an item column headed {@code item},
     * {@code id}, {@code ข้อ} or {@code รายการ}; a published column headed {@code present}, {@code มี/ไม่มี} or
     * {@code เผยแพร่}; an evidence column headed {@code evidence}, {@code url}, {@code link} or {@code หลักฐาน};
     * a note column headed {@code note} or {@code หมายเหตุ}, in any case. Empty when the item or the published
     * column is not found.
     *
     * @param headers the sheet's headers
     */
    public static Optional<ChecklistColumns> recognize(List<String> headers) {
        Optional<String> item = find(headers, ITEM);
        Optional<String> present = find(headers, PRESENT);
        if (item.isEmpty() || present.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistColumns(item.get(), present.get(), find(headers, EVIDENCE), find(headers, NOTE),
                Optional.empty()));
    }

    /** {@return the headers this class recognizes, for messages} */
    private static Optional<String> find(List<String> headers, ImmutableSet<String> names) {
        return headers.stream().filter(h -> names.contains(HeaderText.key(h))).findFirst();
    }
}

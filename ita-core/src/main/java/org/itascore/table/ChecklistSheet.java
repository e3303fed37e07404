package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itascore.Decimals;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitChecklist;

/**
 * One OIT checklist sheet being read: a row per item, with whether it is published and its evidence address.
 * Made by {@link TableImport#checklist}; not thread-safe.
 *
 * <p>An item is written {@code O1}, {@code o1} or {@code 1} (read as {@code O1}). Published is written
 * มี/ไม่มี, yes/no, 1/0, true/false, ✓/✗ (also ✔ ☑ and ✘ ☐), or left empty for not published. A row whose
 * cells are all empty is passed over.
 */
public final class ChecklistSheet {

    private static final ImmutableSet<String> YES = ImmutableSet.of("มี", "yes", "y", "1", "true", "✓", "✔", "☑", "present");
    private static final ImmutableSet<String> NO = ImmutableSet.of("ไม่มี", "no", "n", "0", "false", "✗", "✘", "☐", "", "absent");

    private final TableImport owner;
    private final SheetLog log;
    private final int item;
    private final int present;
    private final int evidence;
    private final int office;
    private final boolean readable;

    ChecklistSheet(TableImport owner, Optional<ChecklistColumns> columns, SheetLog log) {
        this.owner = owner;
        this.log = log;
        this.item = columns.map(c -> column(c.item())).orElse(-1);
        this.present = columns.map(c -> column(c.present())).orElse(-1);
        this.evidence = columns.flatMap(ChecklistColumns::evidence).map(this::column).orElse(-1);
        this.office = columns.flatMap(ChecklistColumns::office).map(this::column).orElse(-1);
        columns.flatMap(ChecklistColumns::note).ifPresent(this::column);
        this.readable = item >= 0 && present >= 0;
    }

    private int column(String header) {
        for (int c = 0; c < log.headers.size(); c++) {
            if (SheetMapping.matches(log.headers.get(c), header)) {
                return c;
            }
        }
        log.fatal(new Problem(Cells.row(0), header, Message.of("sheet.mappedColumnMissing")));
        return -1;
    }

    /** {@return the office's column, or -1} */
    int officeColumn() {
        return office;
    }

    /**
     * Reads a row. A row with problems is recorded and its item left out; the rows are read on to list every
     * problem.
     *
     * @param row the row's index in the sheet, from 0 for the header
     * @param cells the row's cells, in column order
     * @return this sheet
     */
    public ChecklistSheet row(long row, List<String> cells) {
        requireNonNull(cells, "cells");
        if (cells.stream().allMatch(String::isBlank)) {
            return this;
        }
        log.rows++;
        if (!readable || !owner.placesRows(office)) {
            return this;
        }
        if (!log.fitsHeader(row, cells)) {
            return this;
        }
        List<Problem> problems = new ArrayList<>();
        String officeKey = owner.officeOf(office, row, cells, problems);
        if (officeKey == null) {
            log.otherOffices++;
            return this;
        }
        String id = itemId(cells.get(item));
        if (id.isEmpty()) {
            problems.add(new Problem(ProblemKind.MISSING, Cells.cell(row, item), null, Message.of("checklistSheet.item")));
        }
        String publishedText = Decimals.toAscii(HeaderText.normalize(cells.get(present))).toLowerCase(Locale.ROOT);
        boolean published = YES.contains(publishedText);
        if (!published && !NO.contains(publishedText)) {
            problems.add(new Problem(Cells.cell(row, present), cells.get(present),
                    Message.of("checklistSheet.present")));
        }
        Optional<URI> address = Optional.empty();
        if (evidence >= 0 && !cells.get(evidence).isBlank()) {
            try {
                address = Optional.of(OitChecklist.evidence(cells.get(evidence)));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.at(Cells.cell(row, evidence))));
            }
        }
        if (!problems.isEmpty()) {
            log.row(problems);
            return this;
        }
        owner.checklistRows(this, officeKey).add(new ChecklistEntry(id, published, address), row);
        log.tallied++;
        return this;
    }

    /** {@return an item id as the catalogues write it: {@code O} and the number} */
    static String itemId(String text) {
        String t = Decimals.toAscii(HeaderText.normalize(text));
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return "O" + Integer.parseInt(t.length() > 6 ? t.substring(0, 6) : t);
        }
        return t.length() > 1 && (t.charAt(0) == 'o' || t.charAt(0) == 'O') ? "O" + t.substring(1) : t;
    }

    /** {@return what became of the sheet's rows so far} */
    public SheetReport report() {
        return log.report();
    }

    /** One office's checklist rows: the entries read and the row of each item, to locate later problems. */
    final class Rows {
        private final List<ChecklistEntry> entries = new ArrayList<>();
        private final Map<String, Long> rowOf = new HashMap<>();
        private final Map<String, Long> repeatedAt = new HashMap<>();

        void add(ChecklistEntry entry, long row) {
            entries.add(entry);
            if (rowOf.putIfAbsent(entry.item(), row) != null) {
                repeatedAt.putIfAbsent(entry.item(), row);
            }
        }

        ChecklistInput input() {
            return new ChecklistInput(owner.catalogue(), com.google.common.collect.ImmutableList.copyOf(entries));
        }

        /**
         * {@return a problem of the checklist (located at {@code /items/ID}, {@code /items/ID/evidence} or
         * {@code /items}) located at the item's row instead; a problem of no row is the office's}
         */
        Problem locate(Problem problem, String officeKey, boolean cohort) {
            List<Location.Segment> s = problem.location().segments();
            Location at = cohort ? Location.of(officeKey) : Location.ROOT;
            if (s.size() >= 2 && s.get(1) instanceof Location.Property id && rowOf.containsKey(id.name())) {
                long row = problem.kind() == ProblemKind.DUPLICATE && repeatedAt.containsKey(id.name())
                        ? repeatedAt.get(id.name()) : rowOf.get(id.name());
                at = s.size() >= 3 && evidence >= 0 ? Cells.cell(row, evidence) : Cells.cell(row, item);
            }
            return problem.at(at);
        }
    }
}

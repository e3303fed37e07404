package org.itascore.render;
import java.util.List;
import java.util.stream.Collectors;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;
import org.itascore.history.HistoryStep;

/** Renders an office's history as text, in the reader's language and digits. Stateless and thread-safe. */
public final class HistoryText {

    private HistoryText() {
    }

    /**
     * {@return an office's history as text: a row per year with its change and trend}
     *
     * @param office the office's name
     * @param h the history
     * @param s the reader's language and digits
     */
    public static String render(String office, History h, Style s) {
        StringBuilder out = new StringBuilder(s.text("History of ", "ผลการประเมินย้อนหลังของ ")).append(s.name(office)).append("\n\n");
        Table table = new Table(List.of(s.text("Year", "ปี"), s.text("Score", "คะแนน"), s.text("Grade", "ระดับ"),
                s.text("Change", "ผลต่าง"), s.text("Trend", "แนวโน้ม")), false, true, false, true, false);
        for (int i = 0; i < h.entries().size(); i++) {
            HistoryEntry e = h.entries().get(i);
            HistoryStep step = i == 0 ? null : h.steps().get(i - 1);
            table.row(List.of(s.number(e.fiscalYear()), s.number(e.score()), e.grade().map(Enum::name).orElse("-"),
                    step == null ? "" : s.number(step.signedDifference()) + (step.spansGap() ? "*" : ""),
                    step == null ? "" : s.text(step.trend().word())));
        }
        out.append(table.render()).append('\n');
        out.append(s.text("Best: ", "สูงสุด: ")).append(s.number(h.best().fiscalYear())).append(" (")
                .append(s.number(h.best().score())).append("), ").append(s.text("worst: ", "ต่ำสุด: "))
                .append(s.number(h.worst().fiscalYear())).append(" (").append(s.number(h.worst().score())).append(")\n");
        if (!h.gaps().isEmpty()) {
            out.append(s.text("Missing years (* marks a change across them): ", "ปีที่ไม่มีข้อมูล (* คือผลต่างข้ามปีเหล่านี้): "))
                    .append(h.gaps().stream().map(s::number).collect(Collectors.joining(", "))).append('\n');
        }
        out.append(s.text("Passing run: ", "ผ่านเกณฑ์ต่อเนื่อง: ")).append(s.number(h.passingRun()))
                .append(s.text(" year(s) up to ", " ปี จนถึงปี ")).append(s.number(h.latest().fiscalYear()))
                .append(s.text(" (pass mark ", " (เกณฑ์ผ่าน ")).append(s.number(h.passMark())).append(")\n");
        return out.toString();
    }
}

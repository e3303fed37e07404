package org.itascore.render;

import java.util.List;
import java.util.stream.Collectors;
import org.itascore.Message;
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
        StringBuilder out = new StringBuilder(s.text(Message.of("text.history"))).append(s.name(office)).append("\n\n");
        Table table = new Table(List.of(s.text(Message.of("text.year2")), s.text(Message.of("text.score")), s.text(Message.of("text.grade")),
                s.text(Message.of("text.change2")), s.text(Message.of("text.trend2"))), false, true, false, true, false);
        for (int i = 0; i < h.entries().size(); i++) {
            HistoryEntry e = h.entries().get(i);
            HistoryStep step = i == 0 ? null : h.steps().get(i - 1);
            table.row(List.of(s.number(e.fiscalYear()), s.number(e.score()), e.grade().map(Enum::name).orElse("-"),
                    step == null ? "" : s.number(step.signedDifference()) + (step.spansGap() ? "*" : ""),
                    step == null ? "" : s.text(step.trend().word())));
        }
        out.append(table.render()).append('\n');
        out.append(s.text(Message.of("text.best"))).append(s.number(h.best().fiscalYear())).append(" (")
                .append(s.number(h.best().score())).append("), ").append(s.text(Message.of("text.worst")))
                .append(s.number(h.worst().fiscalYear())).append(" (").append(s.number(h.worst().score())).append(")\n");
        if (!h.gaps().isEmpty()) {
            out.append(s.text(Message.of("text.missingYearsMarksChange")))
                    .append(h.gaps().stream().map(s::number).collect(Collectors.joining(", "))).append('\n');
        }
        out.append(s.text(Message.of("text.passingRun"))).append(s.number(h.passingRun()))
                .append(s.text(Message.of("text.yearSUp"))).append(s.number(h.latest().fiscalYear()))
                .append(s.text(Message.of("text.passMark2"))).append(s.number(h.passMark())).append(")\n");
        return out.toString();
    }
}

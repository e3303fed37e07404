package org.itascore.render;

import java.util.List;
import org.itascore.Message;
import org.itascore.whatif.CombinedPlan;
import org.itascore.whatif.IndicatorChange;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.InstrumentNeed;
import org.itascore.whatif.Target;
import org.itascore.whatif.WhatIf;

/** Renders what-if answers as text, in the reader's language and digits. Stateless and thread-safe. */
public final class WhatIfText {

    private WhatIfText() {
    }

    /** Appends one combined plan: its indicators, from now to needed, and its total points. */
    static void combined(StringBuilder out, CombinedPlan plan, String title, Style s) {
        out.append(title).append(": ");
        if (!plan.reachable()) {
            out.append(s.text(Message.of("text.unreachableEven100Everywhere"))).append('\n');
            return;
        }
        out.append(s.number(Figures.twoDecimals(plan.points())))
                .append(s.text(Message.of("text.pointsAll3")));
        for (IndicatorChange c : plan.changes()) {
            out.append("  ").append(s.number(c.indicator().number())).append(' ').append(s.text(c.indicator().title()))
                    .append(": ").append(s.number(c.now())).append(" -> ").append(s.number(c.needed()))
                    .append(" (+").append(s.number(Figures.twoDecimals(c.raise())))
                    .append(")\n");
        }
    }

    /**
     * {@return what-if answers as text: what each indicator alone must score to reach the target}
     *
     * @param w the answers
     * @param s the reader's language and digits
     */
    public static String render(WhatIf w, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.whatIf"))).append(s.name(w.assessment().office())).append(s.text(Message.of("text.fiscalYear2")))
                .append(s.number(w.assessment().fiscalYear())).append('\n');
        out.append(s.text(Message.of("text.target5"))).append(w.target().describe()).append(": ")
                .append(s.text(Message.of("text.total2"))).append(s.number(w.assessment().score())).append(", ")
                .append(w.reached() ? s.text(Message.of("text.alreadyReached")) : s.text(Message.of("text.notReachedYet")))
                .append("\n\n");
        Table table = new Table(List.of("#", s.text(Message.of("text.indicator3")), s.text(Message.of("text.leverage")),
                s.text(Message.of("text.now")), s.text(Message.of("text.needed")), s.text(Message.of("text.raise"))),
                true, false, true, true, true, true);
        for (IndicatorNeed n : w.indicators()) {
            table.row(List.of(s.number(n.indicator().number()), s.text(n.indicator().title()),
                    s.number(n.leverage().round(org.itascore.Score.DECIMALS, org.itascore.Score.ROUNDING).stripTrailingZeros().toPlainString()),
                    s.number(n.current()),
                    n.needed().map(s::number).orElse(s.text(Message.of("text.unreachable"))),
                    n.raise().map(r -> "+" + s.number(Figures.twoDecimals(r))).orElse("-")));
        }
        out.append(table.render());
        if (!w.instruments().isEmpty()) {
            out.append('\n').append(s.text(Message.of("text.eachInstrumentNeedsLeast"))).append('\n');
            for (InstrumentNeed n : w.instruments()) {
                out.append("  ").append(n.instrument().name()).append(' ').append(s.number(n.current())).append(" -> ")
                        .append(s.number(n.needed())).append(n.met() ? s.text(Message.of("text.met2")) : "").append('\n');
            }
        }
        if (!w.reached()) {
            out.append('\n').append(s.text(Message.of("text.totalShortTarget")))
                    .append(s.number(w.combined().shortBy())).append(s.text(Message.of("text.points3"))).append('\n');
            combined(out, w.combined(), s.text(Message.of("text.combinedFewestPoints")), s);
            if (!w.fewestIndicators().changes().equals(w.combined().changes())) {
                combined(out, w.fewestIndicators(), s.text(Message.of("text.combinedFewestIndicators")), s);
            }
        }
        out.append('\n').append(s.text(Message.of("text.leverageNote")))
                .append('\n');
        return out.toString();
    }
}

package org.itascore.render;

import java.util.List;
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
            out.append(s.text("unreachable even at 100 everywhere", "เป็นไปไม่ได้แม้ทุกตัวชี้วัดได้ 100")).append('\n');
            return;
        }
        out.append(s.number(plan.points().round(2, java.math.RoundingMode.HALF_UP).toPlainString()))
                .append(s.text(" points in all\n", " คะแนนรวมที่ต้องเพิ่ม\n"));
        for (IndicatorChange c : plan.changes()) {
            out.append("  ").append(s.number(c.indicator().number())).append(' ').append(s.text(c.indicator().title()))
                    .append(": ").append(s.number(c.now())).append(" -> ").append(s.number(c.needed()))
                    .append(" (+").append(s.number(c.raise().round(2, java.math.RoundingMode.HALF_UP).toPlainString()))
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
        out.append(s.text("What-if: ", "ถ้าจะให้ถึงเป้าหมาย: ")).append(s.name(w.assessment().office())).append(s.text(", fiscal year ", " ปีงบประมาณ "))
                .append(s.number(w.assessment().fiscalYear())).append('\n');
        out.append(s.text("Target ", "เป้าหมาย ")).append(w.target().describe()).append(": ")
                .append(s.text("the total is ", "คะแนนรวมขณะนี้ ")).append(s.number(w.assessment().score())).append(", ")
                .append(w.reached() ? s.text("already reached", "บรรลุแล้ว") : s.text("not reached yet", "ยังไม่บรรลุ"))
                .append("\n\n");
        Table table = new Table(List.of("#", s.text("Indicator", "ตัวชี้วัด"), s.text("Leverage", "น้ำหนัก"),
                s.text("Now", "ปัจจุบัน"), s.text("Needed", "ต้องได้"), s.text("Raise", "เพิ่มขึ้น")),
                true, false, true, true, true, true);
        for (IndicatorNeed n : w.indicators()) {
            table.row(List.of(s.number(n.indicator().number()), s.text(n.indicator().title()),
                    s.number(n.leverage().round(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()),
                    s.number(n.current()),
                    n.needed().map(s::number).orElse(s.text("unreachable", "เป็นไปไม่ได้")),
                    n.raise().map(r -> "+" + s.number(r.round(2, java.math.RoundingMode.HALF_UP).toPlainString())).orElse("-")));
        }
        out.append(table.render());
        if (!w.instruments().isEmpty()) {
            out.append('\n').append(s.text("Each instrument needs at least:", "แต่ละเครื่องมือต้องได้อย่างน้อย:")).append('\n');
            for (InstrumentNeed n : w.instruments()) {
                out.append("  ").append(n.instrument().name()).append(' ').append(s.number(n.current())).append(" -> ")
                        .append(s.number(n.needed())).append(n.met() ? s.text(" (met)", " (ผ่านแล้ว)") : "").append('\n');
            }
        }
        if (!w.reached()) {
            out.append('\n').append(s.text("The total is short of the target by ", "คะแนนรวมยังขาดอีก "))
                    .append(s.number(w.combined().shortBy())).append(s.text(" points.", " คะแนนจึงจะถึงเป้าหมาย")).append('\n');
            combined(out, w.combined(), s.text("Combined, fewest points", "แผนรวม ใช้คะแนนน้อยที่สุด"), s);
            if (!w.fewestIndicators().changes().equals(w.combined().changes())) {
                combined(out, w.fewestIndicators(), s.text("Combined, fewest indicators", "แผนรวม เปลี่ยนตัวชี้วัดน้อยที่สุด"), s);
            }
        }
        out.append('\n').append(s.text("Leverage: points of the total per 100 points of the indicator. "
                        + "Each answer is checked by re-scoring; 0.01 less would not reach the target.",
                "น้ำหนัก: คะแนนรวมที่เพิ่มต่อคะแนนตัวชี้วัด 100 คะแนน ทุกคำตอบตรวจสอบด้วยการคำนวณใหม่ ต่ำกว่านี้ 0.01 จะไม่ถึงเป้าหมาย"))
                .append('\n');
        return out.toString();
    }
}

package org.itascore.render;

import java.util.List;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.InstrumentNeed;
import org.itascore.whatif.Target;
import org.itascore.whatif.WhatIf;

/** Renders what-if answers as text, in the reader's language and digits. Stateless and thread-safe. */
public final class WhatIfText {

    private WhatIfText() {
    }

    /**
     * {@return what-if answers as text: what each indicator alone must score to reach the target}
     *
     * @param w the answers
     * @param s the reader's language and digits
     */
    public static String render(WhatIf w, Style s) {
        StringBuilder out = new StringBuilder();
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
        out.append('\n').append(s.text("Leverage: points of the total per 100 points of the indicator. "
                        + "Each answer is checked by re-scoring; 0.01 less would not reach the target.",
                "น้ำหนัก: คะแนนรวมที่เพิ่มต่อคะแนนตัวชี้วัด 100 คะแนน ทุกคำตอบตรวจสอบด้วยการคำนวณใหม่ ต่ำกว่านี้ 0.01 จะไม่ถึงเป้าหมาย"))
                .append('\n');
        return out.toString();
    }
}

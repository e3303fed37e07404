package org.itascore.render;
import java.util.List;
import java.util.stream.Collectors;
import org.itascore.Finding;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;

/** Renders an {@link Assessment} as the text output of {@code ita score}. */
public final class AssessmentText {

    private AssessmentText() {
    }

    /**
     * {@return an assessment as text: the indicator table, the instruments, the total, grade and pass}
     *
     * @param a the assessment
     * @param s the reader's language and digits
     */
    public static String render(Assessment a, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text("ITA assessment: ", "ผลการประเมิน ITA: ")).append(s.name(a.office()))
                .append(s.text(", fiscal year ", " ปีงบประมาณ พ.ศ. ")).append(s.number(a.fiscalYear())).append('\n');
        out.append(s.text("Edition: ", "ฉบับเกณฑ์: ")).append(a.edition().id())
                .append(" (").append(s.text(a.edition().title())).append(")\n\n");

        Table table = new Table(List.of("#", s.text("Indicator", "ตัวชี้วัด"), s.text("Instrument", "เครื่องมือ"),
                s.text("Score", "คะแนน"), s.text("Grade", "ระดับ"), s.text("Pass", "ผลผ่าน"), s.text("Rank", "ลำดับ")),
                true, false, false, true, false, false, true);
        for (IndicatorResult r : a.indicators()) {
            table.row(List.of(s.number(r.indicator().number()), s.text(r.indicator().title()),
                    a.edition().instrumentOf(r.indicator()).name(), s.number(r.score()), r.grade().name(),
                    s.yesNo(r.passed()), s.number(r.rank())));
        }
        out.append(table.render()).append('\n');

        out.append(s.text("Instruments: ", "เครื่องมือ: ")).append(a.instruments().stream()
                .map(i -> i.instrument().name() + " " + s.number(i.score()) + " (" + s.text("weight ", "น้ำหนัก ")
                        + s.number(i.weight()) + ")")
                .collect(Collectors.joining(", "))).append('\n');
        out.append(s.text("Total: ", "คะแนนรวม: ")).append(s.number(a.score())).append(", ")
                .append(s.text("grade ", "ระดับ ")).append(a.grade().name())
                .append(" (").append(s.text(a.grade().meaning())).append("), ")
                .append(a.passed() ? s.text("passed", "ผ่าน") : s.text("not passed", "ไม่ผ่าน"))
                .append(s.text(" (pass mark ", " (เกณฑ์ผ่าน ")).append(s.number(a.edition().passMark())).append(")");
        a.verdict().ifPresent(v -> out.append(", ").append(s.text("verdict: ", "ผลการประเมิน: ")).append(s.text(v.title())));
        out.append('\n');

        if (a.belowPassMark().isEmpty()) {
            out.append(s.text("Every indicator reaches the pass mark.", "ทุกตัวชี้วัดผ่านเกณฑ์")).append('\n');
        } else {
            out.append(s.text("Below the pass mark, lowest first: ", "ตัวชี้วัดที่ต่ำกว่าเกณฑ์ เรียงจากต่ำสุด: "))
                    .append(a.belowPassMark().stream()
                            .map(i -> s.number(i.number()) + " " + s.text(i.title()) + " (" + s.number(a.indicator(i).score()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        for (Finding f : a.findings()) {
            out.append(s.text("Finding: ", "ข้อสังเกต: ")).append(s.number(s.text(f.message()))).append('\n');
        }
        return out.toString();
    }
}

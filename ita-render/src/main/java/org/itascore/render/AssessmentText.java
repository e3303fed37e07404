package org.itascore.render;

import java.util.List;
import java.util.stream.Collectors;
import org.itascore.Finding;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;

/** Renders an {@link Assessment} as the text output of {@code ita score}. */
public final class AssessmentText {

    private AssessmentText() {
    }

    /**
     * {@return the line saying that some rules deciding the result are assumed (FY2568-2569, a derived edition), or
     * empty when every one is confirmed: one sentence for every writer (text, HTML, Word)}
     *
     * @param a the assessment
     */
    public static java.util.Optional<Message> assumedRules(Assessment a) {
        int assumed = a.edition().assumedRules().size();
        return assumed == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(Message.of("text.assumedRules", assumed, a.edition().id()));
    }

    /**
     * {@return an assessment as text: the indicator table, the instruments, the total, grade and pass}
     *
     * @param a the assessment
     * @param s the reader's language and digits
     */
    public static String render(Assessment a, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.itaAssessment"))).append(s.name(a.office()))
                .append(s.text(Message.of("text.fiscalYear"))).append(s.number(a.fiscalYear())).append('\n');
        out.append(s.text(Message.of("text.edition"))).append(a.edition().id())
                .append(" (").append(s.text(a.edition().title())).append(")\n\n");

        Table table = new Table(List.of("#", s.text(Message.of("text.indicator3")), s.text(Message.of("text.instrument")),
                s.text(Message.of("text.score")), s.text(Message.of("text.grade")), s.text(Message.of("text.pass3")), s.text(Message.of("text.rank2"))),
                true, false, false, true, false, false, true);
        for (IndicatorResult r : a.indicators()) {
            table.row(List.of(s.number(r.indicator().number()), s.text(r.indicator().title()),
                    a.edition().instrumentOf(r.indicator()).name(), s.number(r.score()), r.grade().name(),
                    s.yesNo(r.passed()), s.number(r.rank())));
        }
        out.append(table.render()).append('\n');

        out.append(s.text(Message.of("text.instruments"))).append(a.instruments().stream()
                .map(i -> i.instrument().name() + " " + s.number(i.score()) + " (" + s.text(Message.of("text.weight"))
                        + s.number(i.weight()) + ")")
                .collect(Collectors.joining(", "))).append('\n');
        out.append(s.text(Message.of("text.total3"))).append(s.number(a.score())).append(", ")
                .append(s.text(Message.of("text.grade2"))).append(a.grade().name())
                .append(" (").append(s.text(a.grade().meaning())).append("), ")
                .append(a.passed() ? s.text(Message.of("text.passed3")) : s.text(Message.of("text.notPassed")))
                .append(s.text(Message.of("text.passMark2"))).append(s.number(a.edition().passMark())).append(")");
        a.verdict().ifPresent(v -> out.append(", ").append(s.text(Message.of("text.verdict"))).append(s.text(v.title())));
        out.append('\n');

        if (a.belowPassMark().isEmpty()) {
            out.append(s.text(Message.of("text.everyIndicatorReachesPass"))).append('\n');
        } else {
            out.append(s.text(Message.of("text.belowPassMarkLowest")))
                    .append(a.belowPassMark().stream()
                            .map(i -> s.number(i.number()) + " " + s.text(i.title()) + " (" + s.number(a.indicator(i).score()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        for (Finding f : a.findings()) {
            out.append(s.text(Message.of("text.finding"))).append(s.number(s.text(f.message()))).append('\n');
        }
        assumedRules(a).ifPresent(note -> out.append(s.text(Message.of("text.note"))).append(": ")
                .append(s.number(s.text(note))).append('\n'));
        return out.toString();
    }
}

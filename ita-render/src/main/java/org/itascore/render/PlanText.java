package org.itascore.render;

import java.util.List;
import org.itascore.Message;
import org.itascore.plan.PlanCoverage;
import org.itascore.plan.PlanIssue;

/** Renders an improvement plan's coverage as text, in the reader's language and digits. Stateless and thread-safe. */
public final class PlanText {

    private PlanText() {
    }

    /**
     * {@return a plan's coverage as text: its budget by indicator and the weak indicators it leaves out}
     *
     * @param c the coverage
     * @param s the reader's language and digits
     */
    public static String render(PlanCoverage c, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.plan"))).append(s.name(c.plan().office())).append(s.text(Message.of("text.fiscalYear")))
                .append(s.number(c.plan().fiscalYear())).append(": ").append(s.number(c.plan().activities().size()))
                .append(s.text(Message.of("text.activities"))).append(s.number(Figures.baht(c.total()))).append(s.text(Message.of("text.baht")))
                .append('\n');
        out.append(s.text(Message.of("text.belowPassMark2")))
                .append(c.assessment().belowPassMark().isEmpty() ? s.text(Message.of("text.none"))
                        : String.join(", ", c.assessment().belowPassMark().stream().map(i -> s.number(i.number())).toList()))
                .append('\n');
        Table table = new Table(List.of(s.text(Message.of("text.indicator3")), s.text(Message.of("text.budgetBaht"))), true, true);
        c.budgetByIndicator().forEach((i, b) -> table.row(List.of(s.number(i.number()), s.number(Figures.baht(b)))));
        out.append('\n').append(table.render());
        out.append('\n');
        if (c.complete()) {
            out.append(s.text(Message.of("text.everyWeakIndicatorAddressed")))
                    .append('\n');
        }
        for (PlanIssue issue : c.issues()) {
            out.append("- ").append(issue.kind()).append(": ").append(s.number(s.text(issue.message()))).append('\n');
        }
        return out.toString();
    }
}

package org.itascore.render;

import java.util.List;
import org.itascore.Finding;
import org.itascore.Message;
import org.itascore.audit.AuditReport;

/** Renders an audit: the findings as a table and one sentence each as text, in the reader's language and digits. Stateless and thread-safe. */
public final class AuditText {

    private AuditText() {
    }

    /**
     * {@return an audit as text: the findings as a table, then one sentence each}
     *
     * @param audit the audit
     * @param s the reader's language and digits
     */
    public static String render(AuditReport audit, Style s) {
        var a = audit.assessment();
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.audit"))).append(s.name(a.office()))
                .append(s.text(Message.of("text.fiscalYear"))).append(s.number(a.fiscalYear()))
                .append(" (").append(a.edition().id()).append("): ");
        if (audit.consistent()) {
            return out.append(s.text(Message.of("text.consistentNoFindings"))).append('\n').toString();
        }
        out.append(s.number(audit.findings().size())).append(s.text(Message.of("text.findingS"))).append("\n\n");
        Table table = new Table(List.of(s.text(Message.of("text.kind")), s.text(Message.of("text.where")), s.text(Message.of("text.printed")),
                s.text(Message.of("text.expected"))), false, false, true, true);
        for (Finding f : audit.findings()) {
            table.row(List.of(f.kind().name(), where(f, s), f.printed().map(s::number).orElse("-"),
                    f.expected().map(s::number).orElse("-")));
        }
        out.append(table.render()).append('\n');
        for (Finding f : audit.findings()) {
            out.append("- ").append(s.number(s.text(f.message()))).append('\n');
        }
        return out.toString();
    }

    /** {@return where a finding is: an indicator, an instrument, a year or the total} */
    private static String where(Finding f, Style s) {
        if (f.indicator().isPresent()) {
            return s.text(Message.of("text.indicator")) + s.number(f.indicator().get().number());
        }
        if (f.instrument().isPresent()) {
            return f.instrument().get().name();
        }
        if (f.fiscalYear().isPresent()) {
            return s.text(Message.of("text.year")) + s.number(f.fiscalYear().get());
        }
        return s.text(Message.of("text.total"));
    }
}

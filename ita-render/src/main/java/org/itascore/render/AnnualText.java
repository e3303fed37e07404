package org.itascore.render;

import java.time.LocalDate;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.Signature;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.edition.GradeBand;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;
import org.itascore.history.HistoryStep;
import org.itascore.plan.Activity;

/**
 * The office's annual ITA analysis as plain text, in the order and the words of the document offices
 * publish (sections 4 and 5 of an ESA office's yearly report), in Thai or English: paragraphs apart by a blank
 * line, tables as tab-separated rows, so that the text pastes into a word processor as paragraphs and tables.
 * Shares its sentences with {@link AnnualHtml}. Stateless and thread-safe.
 */
public final class AnnualText {

    private AnnualText() {
    }

    /**
     * {@return the analysis as text}
     *
     * @param a the analysis
     * @param date the date the document is made, written in the title block
     * @param s the reader's language and digits
     */
    public static String render(AnnualAnalysis a, LocalDate date, Style s) {
        return render(a, date, Signature.UNNAMED, s);
    }

    /**
     * {@return the analysis as text, signed by a named signer}
     *
     * @param a the analysis
     * @param date the date the document is made, written in the title block, and the date line under the signature
     * @param signature who signs: the name in parentheses and the position, or a line to sign on and the director
     * @param s the reader's language and digits
     */
    public static String render(AnnualAnalysis a, LocalDate date, Signature signature, Style s) {
        Assessment x = a.assessment();
        StringBuilder out = new StringBuilder(4096);
        out.append(AnnualWords.title(a, s)).append('\n').append(s.name(x.office())).append('\n')
                .append(AnnualWords.dated(date, s)).append("\n\n");
        out.append(AnnualWords.resultsHeading(a, s)).append("\n\n");
        int n = 1;
        if (a.average().isPresent()) {
            out.append(s.number(n++)).append(". ").append(AnnualWords.averageSentence(a, s)).append("\n\n");
        }
        out.append(s.number(n++)).append(". ").append(AnnualWords.officeHeading(a, s)).append("\n\n")
                .append(AnnualWords.officeSentence(a, s)).append("\n\n");
        a.totalCorrection().ifPresent(f -> out.append(AnnualWords.correction(a, f, s)).append("\n\n"));
        if (a.history().isPresent()) {
            out.append(s.number(n++)).append(". ").append(AnnualWords.historyHeading(a, s)).append("\n\n")
                    .append(history(a.history().get(), s)).append('\n');
        }
        out.append(s.number(n)).append(". ").append(AnnualWords.indicatorsHeading(s)).append("\n\n")
                .append(AnnualWords.indicatorsSentence(a, s)).append("\n\n").append(indicators(x, s)).append('\n')
                .append(AnnualWords.legendHeading(s)).append("\n\n").append(legend(x, s)).append('\n');
        out.append(AnnualWords.improveHeading(s)).append("\n\n").append(AnnualWords.improveSentence(a, s)).append("\n\n");
        for (IndicatorResult r : a.toImprove()) {
            out.append(AnnualWords.indicatorName(r, s)).append('\n');
            for (Activity activity : a.measures(r.indicator())) {
                out.append("  - ").append(s.number(s.name(activity.name()))).append(" (").append(s.name(activity.responsible())).append(")\n");
            }
            if (a.plan().isPresent() && a.measures(r.indicator()).isEmpty()) {
                out.append("  - ").append(s.text(Message.of("text.planNoActivityIndicator"))).append('\n');
            }
        }
        out.append('\n').append(AnnualWords.signature(a, signature, date, s)).append('\n');
        return out.toString();
    }

    private static String history(History h, Style s) {
        StringBuilder t = row(new StringBuilder(), s.text(Message.of("text.fiscalYearBE")), s.text(Message.of("text.itaScore")),
                s.text(Message.of("text.grade")), s.text(Message.of("text.difference")), s.text(Message.of("text.trend")));
        for (int i = 0; i < h.entries().size(); i++) {
            HistoryEntry e = h.entries().get(i);
            HistoryStep step = i == 0 ? null : h.steps().get(i - 1);
            row(t, s.number(e.fiscalYear()), s.number(e.score()), e.grade().map(Grade::name).orElse(""),
                    step == null ? "" : s.number(step.signedDifference()), step == null ? "" : s.text(step.trend().word()));
        }
        return t.toString();
    }

    private static String indicators(Assessment x, Style s) {
        StringBuilder t = row(new StringBuilder(), s.text(Message.of("text.rank")), s.text(Message.of("text.indicator2")),
                s.text(Message.of("text.subject")), s.text(Message.of("text.score")), s.text(Message.of("text.grade")), s.text(Message.of("text.note")));
        for (IndicatorResult r : x.indicators()) {
            row(t, s.number(r.rank()), s.number(r.indicator().number()), s.text(r.indicator().title()), s.number(r.score()),
                    r.grade().name(), "");
        }
        return t.toString();
    }

    private static String legend(Assessment x, Style s) {
        StringBuilder t = row(new StringBuilder(), s.text(Message.of("text.grade")), s.text(Message.of("text.meaning")), s.text(Message.of("text.score")),
                s.text(Message.of("text.note")));
        for (GradeBand b : AnnualWords.bandsHighFirst(x)) {
            row(t, b.grade().name(), b.grade().meaning().english(), AnnualWords.range(b, s), s.yesNo(x.edition().passes(b.grade())));
        }
        return t.toString();
    }

    /** Appends a table row: the cells apart by tabs, as a word processor pastes them into a table. */
    private static StringBuilder row(StringBuilder t, String... cells) {
        return t.append(String.join("\t", cells)).append('\n');
    }
}

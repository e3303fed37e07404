package org.itascore.render;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.itascore.render.Document.Block;
import org.itascore.render.Document.Column;
import org.itascore.render.Document.Emphasis;
import org.itascore.render.Document.Heading;
import org.itascore.render.Document.Item;
import org.itascore.render.Document.Paragraph;
import org.itascore.render.Document.Row;

/**
 * The office's annual ITA analysis as a {@link Document}, the content of its Word file: the same title block,
 * sections 4 and 5, tables, charts and signature block as the printable page ({@link AnnualHtml}), in the
 * words both share ({@link AnnualWords}). Stateless and thread-safe.
 */
public final class AnnualDocument {

    private AnnualDocument() {
    }

    /**
     * {@return the analysis as a document}
     *
     * @param a the analysis
     * @param date the date the document is dated, and the date line under the signature
     * @param signature who signs it
     * @param s the reader's language and digits
     */
    public static Document of(AnnualAnalysis a, LocalDate date, Signature signature, Style s) {
        Assessment x = a.assessment();
        List<Block> b = new ArrayList<>();
        b.add(new Document.Title(AnnualWords.title(a, s), s.name(x.office()), AnnualWords.dated(date, s)));
        b.add(new Heading(1, AnnualWords.resultsHeading(a, s)));
        int n = 1;
        if (a.average().isPresent()) {
            b.add(new Paragraph(s.number(n++) + ". " + AnnualWords.averageSentence(a, s), Emphasis.PLAIN));
        }
        b.add(new Heading(2, s.number(n++) + ". " + AnnualWords.officeHeading(a, s)));
        b.add(new Paragraph(AnnualWords.officeSentence(a, s), Emphasis.PLAIN));
        a.totalCorrection().ifPresent(f -> b.add(new Paragraph(AnnualWords.correction(a, f, s), Emphasis.BOXED)));
        if (a.history().isPresent()) {
            History history = a.history().get();
            b.add(new Heading(2, s.number(n++) + ". " + AnnualWords.historyHeading(a, s)));
            b.add(history(history, s));
            b.add(DocumentCharts.history(history, s));
        }
        b.add(new Heading(2, s.number(n) + ". " + AnnualWords.indicatorsHeading(s)));
        b.add(new Paragraph(AnnualWords.indicatorsSentence(a, s), Emphasis.PLAIN));
        b.add(indicators(x, s));
        b.add(DocumentCharts.indicators(x, s));
        b.add(new Paragraph(AnnualWords.legendHeading(s), Emphasis.STRONG));
        b.add(legend(x, s));

        b.add(new Heading(1, AnnualWords.improveHeading(s)));
        b.add(new Paragraph(AnnualWords.improveSentence(a, s), Emphasis.PLAIN));
        if (!a.toImprove().isEmpty()) {
            ImmutableList.Builder<Item> items = ImmutableList.builder();
            for (IndicatorResult r : a.toImprove()) {
                ImmutableList<String> measures = a.measures(r.indicator()).stream()
                        .map(activity -> measure(activity, s))
                        .collect(ImmutableList.toImmutableList());
                String rest = "(" + s.number(r.score()) + ")"
                        + (measures.isEmpty() && a.plan().isPresent() ? " - " + s.text(Message.of("text.planNoActivityIndicator")) : "");
                items.add(new Item(AnnualWords.indicatorName(r, s), rest, measures));
            }
            b.add(new Document.Items(items.build()));
        }
        b.add(new Document.SignatureBlock(AnnualWords.signature(a, signature, date, s).lines().map(String::strip)
                .collect(ImmutableList.toImmutableList())));
        return Document.of(AnnualWords.title(a, s) + " - " + s.name(x.office()), s.name(x.office()), s.number(x.fiscalYear()),
                s.language(), b);
    }

    private static Document.Table history(History history, Style s) {
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (int i = 0; i < history.entries().size(); i++) {
            HistoryEntry e = history.entries().get(i);
            HistoryStep step = i == 0 ? null : history.steps().get(i - 1);
            rows.add(new Row(ImmutableList.of(s.number(e.fiscalYear()), s.number(e.score()), e.grade().map(Grade::name).orElse(""),
                    step == null ? "" : s.number(step.signedDifference()), step == null ? "" : s.text(step.trend().word())), false));
        }
        return new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.fiscalYearBE")), false, 4),
                new Column(s.text(Message.of("text.itaScore")), true, 3), new Column(s.text(Message.of("text.grade")), false, 2),
                new Column(s.text(Message.of("text.difference")), true, 3), new Column(s.text(Message.of("text.trend")), false, 3)),
                rows.build(), true);
    }

    private static Document.Table indicators(Assessment x, Style s) {
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (IndicatorResult r : x.indicators()) {
            rows.add(new Row(ImmutableList.of(s.number(r.rank()), s.number(r.indicator().number()), s.text(r.indicator().title()),
                    s.number(r.score()), r.grade().name(), r.passed() ? "" : s.text(Message.of("text.belowPassMark"))), !r.passed()));
        }
        return new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.rank")), true, 2),
                new Column(s.text(Message.of("text.indicator2")), true, 2), new Column(s.text(Message.of("text.subject")), false, 9),
                new Column(s.text(Message.of("text.score")), true, 2), new Column(s.text(Message.of("text.grade")), false, 2),
                new Column(s.text(Message.of("text.note")), false, 4)), rows.build(), false);
    }

    private static Document.Table legend(Assessment x, Style s) {
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (GradeBand band : AnnualWords.bandsHighFirst(x)) {
            rows.add(new Row(ImmutableList.of(band.grade().name(), band.grade().meaning().english(), AnnualWords.range(band, s),
                    s.yesNo(x.edition().passes(band.grade()))), false));
        }
        return new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.grade")), false, 2),
                new Column(s.text(Message.of("text.meaning")), false, 4), new Column(s.text(Message.of("text.score")), true, 3),
                new Column(s.text(Message.of("text.note")), false, 3)), rows.build(), true);
    }

    /** {@return a measure of the plan as the analysis lists it: the activity, and who is responsible in parentheses} */
    private static String measure(Activity activity, Style s) {
        return s.number(s.name(activity.name())) + " (" + s.name(activity.responsible()) + ")";
    }
}

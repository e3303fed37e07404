package org.itascore.render;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itascore.Finding;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.InstrumentResult;
import org.itascore.raw.PublishNext;
import org.itascore.raw.RawAssessment;
import org.itascore.render.Document.Block;
import org.itascore.render.Document.Column;
import org.itascore.render.Document.Emphasis;
import org.itascore.render.Document.Heading;
import org.itascore.render.Document.Item;
import org.itascore.render.Document.Paragraph;
import org.itascore.render.Document.Row;

/**
 * An assessment (of a report, of raw data, or checked by an audit) as a {@link Document}, the content of its
 * Word file: the parts of the printable page ({@link HtmlReport}) in the same words, but for its chart, whose
 * figures the indicator table gives, so that the document stays on one A4 page. Stateless and thread-safe.
 */
public final class AssessmentDocument {

    private AssessmentDocument() {
    }

    /**
     * {@return an assessment, its findings and what to publish next, as a document}
     *
     * @param a the assessment
     * @param findings the findings to list (an audit's, or the assessment's own)
     * @param publishNext the unpublished OIT items to list, largest gain first; empty for none
     * @param s the reader's language and digits
     */
    public static Document of(Assessment a, List<Finding> findings, List<PublishNext> publishNext, Style s) {
        return Document.of(title(a, s), s.name(a.office()), s.number(a.fiscalYear()), s.language(),
                blocks(a, findings, publishNext, null, s));
    }

    /**
     * {@return an assessment from raw data as a document, with the weakest questions of each survey indicator}
     *
     * @param raw the assessment and its diagnostics
     * @param s the reader's language and digits
     */
    public static Document of(RawAssessment raw, Style s) {
        Assessment a = raw.assessment();
        return Document.of(title(a, s), s.name(a.office()), s.number(a.fiscalYear()), s.language(),
                blocks(a, a.findings(), raw.publishNext(), raw, s));
    }

    private static String title(Assessment a, Style s) {
        return s.text(Message.of("text.itaAssessment2")) + " - " + s.name(a.office()) + " " + s.number(a.fiscalYear());
    }

    private static List<Block> blocks(Assessment a, List<Finding> findings, List<PublishNext> publishNext, RawAssessment raw,
            Style s) {
        List<Block> b = new ArrayList<>();
        // a Thai document shows no code names: the edition by its title, whose digits follow the reader's
        String meta = s.text(Message.of("text.fiscalYear3")) + s.number(a.fiscalYear()) + " · " + s.number(s.text(a.edition().title()))
                + (s.language() == Language.THAI ? "" : " · " + a.edition().id());
        b.add(new Document.Title(s.text(Message.of("text.itaAssessment2")), s.name(a.office()), meta));
        AssessmentText.assumedRules(a).ifPresent(note -> b.add(new Paragraph(s.text(Message.of("text.note")) + ": "
                + s.number(s.text(note)), Emphasis.PLAIN)));
        b.add(new Paragraph(s.number(a.score()) + "  " + a.grade().name(), Emphasis.RESULT));
        String verdict = s.text(a.grade().meaning()) + ", " + (a.passed() ? s.text(Message.of("text.passed4"))
                : s.text(Message.of("text.notPassed2"))) + s.text(Message.of("text.passMark2")) + s.number(a.edition().passMark()) + ")"
                + a.verdict().map(v -> "\n" + s.text(Message.of("text.verdict2")) + s.text(v.title())).orElse("");
        verdict.lines().forEach(line -> b.add(new Paragraph(line, Emphasis.PLAIN)));
        ImmutableList.Builder<Row> instruments = ImmutableList.builder();
        for (InstrumentResult i : a.instruments()) {
            instruments.add(new Row(ImmutableList.of(i.instrument().name() + " " + s.text(i.instrument().title()), s.number(i.weight()),
                    s.number(i.score())), false));
        }
        b.add(new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.instrument")), false, 12),
                new Column(s.text(Message.of("text.weight2")), true, 2), new Column(s.text(Message.of("text.score")), true, 2)),
                instruments.build(), false));

        // no chart: the table gives every figure, and the assessment stays on one page
        b.add(new Heading(1, s.text(Message.of("text.indicators"))));
        ImmutableList.Builder<Row> indicators = ImmutableList.builder();
        for (IndicatorResult r : a.indicators()) {
            indicators.add(new Row(ImmutableList.of(s.number(r.indicator().number()), s.text(r.indicator().title()), s.number(r.score()),
                    r.grade().name(), s.yesNo(r.passed()), s.number(r.rank())), !r.passed()));
        }
        b.add(new Document.Table(ImmutableList.of(new Column("#", true, 1), new Column(s.text(Message.of("text.indicator3")), false, 9),
                new Column(s.text(Message.of("text.score")), true, 2), new Column(s.text(Message.of("text.grade")), false, 2),
                new Column(s.text(Message.of("text.pass3")), false, 2), new Column(s.text(Message.of("text.rank2")), true, 2)),
                indicators.build(), false));

        if (raw != null) {
            b.add(new Heading(1, s.text(Message.of("text.weakestQuestionsEachSurvey"))));
            ImmutableList.Builder<Row> weakest = ImmutableList.builder();
            raw.questions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> weakest.add(new Row(ImmutableList.of(
                    s.number(e.getKey().number()) + " " + s.text(e.getKey().title()),
                    e.getValue().stream().limit(RawText.QUESTIONS_SHOWN).map(q -> q.question().id() + " " + s.number(q.score()))
                            .collect(Collectors.joining(", "))), false)));
            b.add(new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.indicator3")), false, 5),
                    new Column(s.text(Message.of("text.lowestQuestionsScore")), false, 7)), weakest.build(), false));
        }

        b.add(new Heading(1, s.text(Message.of("text.belowPassMark3"))));
        if (a.belowPassMark().isEmpty()) {
            b.add(new Paragraph(s.text(Message.of("text.everyIndicatorReachesPass")), Emphasis.PLAIN));
        } else {
            b.add(new Document.Items(a.belowPassMark().stream().map(i -> new Item("",
                    s.text(Message.of("text.indicator4")) + s.number(i.number()) + " " + s.text(i.title()) + ": "
                            + s.number(a.indicator(i).score()), ImmutableList.of())).collect(ImmutableList.toImmutableList())));
        }
        if (!findings.isEmpty()) {
            b.add(new Heading(1, s.text(Message.of("text.findings"))));
            b.add(new Document.Items(findings.stream().map(f -> new Item(s.text(f.kind().title()), ": " + s.number(s.text(f.message())),
                    ImmutableList.of())).collect(ImmutableList.toImmutableList())));
        }
        if (!publishNext.isEmpty()) {
            b.add(new Heading(1, s.text(Message.of("text.whatPublishNext"))));
            b.add(new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.item")), false, 2),
                    new Column(s.text(Message.of("text.title")), false, 9), new Column(s.text(Message.of("text.totalGains")), true, 3)),
                    publishNext.stream().map(n -> new Row(ImmutableList.of(n.item().id(), s.text(n.item().title()),
                            "+" + s.number(n.overallGain())), false)).collect(ImmutableList.toImmutableList()), false));
        }
        b.add(new Paragraph(s.text(Message.of("text.computedItaExactArithmetic")), Emphasis.NOTE));
        return b;
    }
}

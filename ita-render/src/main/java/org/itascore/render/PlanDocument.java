package org.itascore.render;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import org.itascore.Indicator;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.itascore.plan.PlanCoverage;
import org.itascore.plan.PlanIssue;
import org.itascore.render.Document.Block;
import org.itascore.render.Document.Column;
import org.itascore.render.Document.Emphasis;
import org.itascore.render.Document.Heading;
import org.itascore.render.Document.Item;
import org.itascore.render.Document.Paragraph;
import org.itascore.render.Document.Row;

/**
 * An office's action plan (format 7) as the document it publishes, in the shape of the anti-corruption action
 * plans offices write (แผนปฏิบัติการป้องกันการทุจริต): a title block with the office and fiscal year; the
 * measures for each indicator below the pass mark, or that none addresses it; the activity table (activity,
 * indicators, budget in baht with thousands separators and a total, who is responsible, the months); and the
 * plan check's findings ({@link PlanCoverage}). Stateless and thread-safe.
 */
public final class PlanDocument {

    private PlanDocument() {
    }

    /**
     * {@return the plan, checked against the assessment it answers, as a document}
     *
     * @param c the plan's coverage of the assessment's weak indicators
     * @param s the reader's language and digits
     */
    public static Document of(PlanCoverage c, Style s) {
        ActionPlan plan = c.plan();
        Assessment a = c.assessment();
        String office = s.name(plan.office());
        String year = s.number(plan.fiscalYear().buddhistEra());
        List<Block> b = new ArrayList<>();
        b.add(new Document.Title(s.text(Message.of("text.planDocumentTitle")), office,
                s.text(Message.of("text.planDocumentYear", year))));

        b.add(new Heading(1, s.text(Message.of("text.planMeasuresHeading", s.number(1)))));
        if (a.belowPassMark().isEmpty()) {
            b.add(new Paragraph(s.text(Message.of("text.everyIndicatorReachesPass")), Emphasis.PLAIN));
        } else {
            b.add(new Paragraph(s.text(Message.of("text.planMeasuresSentence", s.number(a.fiscalYear()), s.name(a.office()),
                    s.number(a.edition().passMark().officialDecimal().stripTrailingZeros().toPlainString()))), Emphasis.PLAIN));
            ImmutableList.Builder<Item> items = ImmutableList.builder();
            for (Indicator i : a.belowPassMark()) {
                ImmutableList<String> measures = plan.activities().stream().filter(x -> x.indicators().contains(i))
                        .map(x -> s.number(s.name(x.name())) + " (" + s.name(x.responsible()) + ")")
                        .collect(ImmutableList.toImmutableList());
                String score = "(" + s.number(a.indicator(i).score()) + ")"
                        + (measures.isEmpty() ? " - " + s.text(Message.of("text.planNoActivityIndicator")) : "");
                items.add(new Item(s.text(Message.of("text.indicator")) + s.number(i.number()) + " " + s.text(i.title()), score, measures));
            }
            b.add(new Document.Items(items.build()));
        }

        b.add(new Heading(1, s.text(Message.of("text.planActivitiesHeading", s.number(2)))));
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        int n = 1;
        for (Activity x : plan.activities()) {
            rows.add(new Row(ImmutableList.of(s.number(n++), s.number(s.name(x.name())),
                    String.join(", ", x.indicators().stream().map(i -> s.number(i.number())).toList()),
                    x.budget().map(amount -> s.number(Figures.baht(amount))).orElse(s.text(Message.of("text.planNotGiven"))),
                    s.name(x.responsible()), months(x.months(), s)), false));
        }
        rows.add(new Row(ImmutableList.of("", s.text(Message.of("text.planTotalRow")), "", s.number(Figures.baht(c.total())), "", ""),
                true));
        b.add(new Document.Table(ImmutableList.of(new Column(s.text(Message.of("text.planNumberColumn")), true, 1),
                new Column(s.text(Message.of("text.planActivityColumn")), false, 7), new Column(s.text(Message.of("text.indicator3")), false, 2),
                new Column(s.text(Message.of("text.budgetBaht")), true, 3), new Column(s.text(Message.of("text.planResponsibleColumn")), false, 5),
                new Column(s.text(Message.of("text.planMonthsColumn")), false, 5)), rows.build(), false));

        b.add(new Heading(1, s.text(Message.of("text.planCheckHeading", s.number(3)))));
        if (c.complete()) {
            b.add(new Paragraph(s.text(Message.of("text.everyWeakIndicatorAddressed")), Emphasis.PLAIN));
        } else {
            b.add(new Document.Items(c.issues().stream().map(PlanIssue::message).map(m -> new Item("", s.number(s.text(m)), ImmutableList.of()))
                    .collect(ImmutableList.toImmutableList())));
        }
        return Document.of(s.text(Message.of("text.planDocumentTitle")) + " - " + office + " " + year, office, year, s.language(), b);
    }

    /**
     * {@return the months an activity runs in, as a plan's table gives them: a run of months as its first and last
     * (ต.ค. ๖๖ - ธ.ค. ๖๖ in Thai, with the B.E. year; Oct 2023 - Dec 2023 in English), runs separated by commas}
     */
    static String months(SortedSet<YearMonth> months, Style s) {
        List<String> runs = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth m : months) {
            if (last != null && m.equals(last.plusMonths(1))) {
                last = m;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last, s));
            }
            first = m;
            last = m;
        }
        if (first != null) {
            runs.add(run(first, last, s));
        }
        return s.number(String.join(", ", runs));
    }

    private static String run(YearMonth first, YearMonth last, Style s) {
        return first.equals(last) ? month(first, s) : month(first, s) + " - " + month(last, s);
    }

    private static String month(YearMonth m, Style s) {
        if (s.language() == Language.THAI) {
            return DateTimeFormatter.ofPattern("MMM yy", Locale.forLanguageTag("th-TH")).format(ThaiBuddhistDate.from(m.atDay(1)));
        }
        return DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(m);
    }
}

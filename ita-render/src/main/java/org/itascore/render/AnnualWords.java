package org.itascore.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itascore.Finding;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.Average;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.edition.GradeBand;
import org.itascore.history.History;

/**
 * The sentences of the annual analysis, in the words of the document offices publish, shared by the text
 * and HTML renderers so that both say the same. Each returns plain text; the HTML renderer escapes it.
 */
final class AnnualWords {

    private AnnualWords() {
    }

    static String title(AnnualAnalysis a, Style s) {
        return s.text(Message.of("text.annualTitle", s.number(a.assessment().fiscalYear())));
    }

    /** {@return the date in the reader's calendar: B.E. with the Thai month's name, or the Common Era in English} */
    static String dated(LocalDate date, Style s) {
        String text;
        if (s.language() == org.itascore.Language.THAI) {
            ThaiBuddhistDate be = ThaiBuddhistDate.from(date);
            text = s.number(DateTimeFormatter.ofPattern("d MMMM G yyyy", Locale.forLanguageTag("th-TH")).format(be));
        } else {
            text = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
        }
        return s.text(Message.of("text.annualDated", text));
    }

    static String resultsHeading(AnnualAnalysis a, Style s) {
        return s.number(4) + ". " + s.text(Message.of("text.annualResultsHeading", a.officeKind().noun()));
    }

    static String averageSentence(AnnualAnalysis a, Style s) {
        Average avg = a.average().orElseThrow();
        Grade g = a.averageGrade().orElseThrow();
        Object[] args = {a.officeKind().noun(), s.number(a.assessment().fiscalYear()),
                Message.of(avg.national() ? "text.annualScopeNational" : "text.annualScopeCohort"), s.number(avg.score()),
                g.name(), g.meaning().english()};
        if (avg.offices().isEmpty()) {
            return s.text(Message.of("text.annualAverage", args));
        }
        Object[] counted = java.util.Arrays.copyOf(args, args.length + 1);
        counted[args.length] = a.officeKind().counted(s.number(avg.offices().getAsLong()));
        return s.text(Message.of("text.annualAverageCounted", counted));
    }

    static String officeHeading(AnnualAnalysis a, Style s) {
        return s.text(Message.of("text.itaResults")) + s.name(a.assessment().office());
    }

    static String officeSentence(AnnualAnalysis a, Style s) {
        Assessment x = a.assessment();
        IndicatorResult high = a.highest();
        IndicatorResult low = a.lowest();
        return s.text(Message.of("text.annualOfficeSentence", s.name(x.office()), s.number(x.fiscalYear()),
                s.number(x.score()), x.grade().name(), indicatorName(high, s), s.number(high.score()),
                indicatorName(low, s), s.number(low.score())));
    }

    /** {@return the note that the document corrects the printed total} */
    static String correction(AnnualAnalysis a, Finding f, Style s) {
        String printed = s.number(f.printed().orElse(""));
        String expected = s.number(a.assessment().score());
        String tolerance = s.number(f.tolerance().map(BigDecimal::toPlainString).orElse("0.01"));
        return s.text(Message.of("text.annualCorrection", printed, expected, tolerance));
    }

    static String historyHeading(AnnualAnalysis a, Style s) {
        History h = a.history().orElseThrow();
        String span = s.number(h.entries().get(0).fiscalYear()) + "-" + s.number(h.latest().fiscalYear());
        return s.text(Message.of("text.annualHistoryHeading", s.name(a.assessment().office()), span));
    }

    static String indicatorsHeading(Style s) {
        return s.text(Message.of("text.itaResultsIndicator"));
    }

    static String indicatorsSentence(AnnualAnalysis a, Style s) {
        return s.text(Message.of("text.annualIndicatorsSentence", s.name(a.assessment().office()), a.officeKind().noun(),
                passMark(a, s)));
    }

    static String legendHeading(Style s) {
        return s.text(Message.of("text.noteGradesWhatThey"));
    }

    static String improveHeading(Style s) {
        return s.number(5) + ". " + s.text(Message.of("text.usingItaResultsImprove"));
    }

    static String improveSentence(AnnualAnalysis a, Style s) {
        return s.text(Message.of(a.toImprove().isEmpty() ? "text.annualAllPassed" : "text.annualToImprove",
                s.name(a.assessment().office()), passMark(a, s)));
    }

    /** {@return the edition's pass mark as the sentences print it: 85, not 85.00} */
    private static String passMark(AnnualAnalysis a, Style s) {
        return s.number(a.assessment().edition().passMark().officialDecimal().stripTrailingZeros().toPlainString());
    }

    static String indicatorName(IndicatorResult r, Style s) {
        return s.text(Message.of("text.indicator")) + s.number(r.indicator().number()) + " " + s.text(r.indicator().title());
    }

    /** {@return the signature block's lines: the line to sign, the name in parentheses, the position, the date} */
    static String signature(AnnualAnalysis a, org.itascore.annual.Signature signature, LocalDate date, Style s) {
        Object name = signature.name().<Object>map(s::name).orElse(Message.of("text.annualSignerBlank"));
        Object position = signature.position().<Object>map(s::name)
                .orElse(Message.of("text.annualPositionDefault", s.name(a.assessment().office())));
        return s.text(Message.of("text.annualSignature", name, position, dated(date, s)));
    }

    /** {@return the edition's grade bands, highest first} */
    static List<GradeBand> bandsHighFirst(Assessment x) {
        return x.edition().gradeScale().bands().stream().sorted(Comparator.comparing(GradeBand::lower).reversed()).toList();
    }

    /** {@return a band's scores as the document prints them: 85.00-94.99, 95.00-100.00, 0-49.99} */
    static String range(GradeBand b, Style s) {
        return s.number(Figures.range(b));
    }
}

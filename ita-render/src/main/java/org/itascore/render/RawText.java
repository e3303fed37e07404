package org.itascore.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itascore.Indicator;
import org.itascore.Message;
import org.itascore.raw.PublishNext;
import org.itascore.raw.QuestionScore;
import org.itascore.raw.RawAssessment;

/** Renders the diagnostics of an assessment from raw data: weakest questions and what to publish next. */
public final class RawText {

    static final int QUESTIONS_SHOWN = 3;
    private static final int ITEMS_SHOWN = 10;

    private RawText() {
    }

    /**
     * {@return the diagnostics of raw data as text: the weakest questions and what to publish next}
     *
     * @param raw the assessment and its diagnostics
     * @param s the reader's language and digits
     */
    public static String render(RawAssessment raw, Style s) {
        StringBuilder out = new StringBuilder("\n");
        out.append(s.text(Message.of("text.weakestQuestionsEachSurvey2"))).append('\n');
        for (Map.Entry<Indicator, com.google.common.collect.ImmutableList<QuestionScore>> e
                : raw.questions().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.append("  ").append(s.number(e.getKey().number())).append(' ').append(s.text(e.getKey().title())).append(": ")
                    .append(e.getValue().stream().limit(QUESTIONS_SHOWN)
                            .map(q -> q.question().id() + " " + s.number(q.score()))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        List<PublishNext> next = raw.publishNext();
        if (next.isEmpty()) {
            out.append(s.text(Message.of("text.everyOitItemPublished"))).append('\n');
            return out.toString();
        }
        out.append(s.text(Message.of("text.whatPublishNextPoints"))).append('\n');
        Table table = new Table(List.of(s.text(Message.of("text.item")), s.text(Message.of("text.subIndicator")),
                s.text(Message.of("text.title")), s.text(Message.of("text.gain"))), false, false, false, true);
        next.stream().limit(ITEMS_SHOWN).forEach(n -> table.row(List.of(n.item().id(), n.subIndicator().id(),
                s.text(n.item().title()), "+" + s.number(n.overallGain()))));
        out.append(table.render().lines().map(l -> "  " + l).collect(Collectors.joining("\n", "", "\n")));
        if (next.size() > ITEMS_SHOWN) {
            out.append(s.text(Message.of("text.moreItems", s.number(next.size() - ITEMS_SHOWN)))).append('\n');
        }
        return out.toString();
    }
}

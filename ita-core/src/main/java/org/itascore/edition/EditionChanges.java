package org.itascore.edition;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.oit.OitItem;
import org.itascore.survey.Question;

/** Compares two editions rule by rule, for {@link Edition#changesFrom(Edition)}; through their public rules only. */
final class EditionChanges {

    private EditionChanges() {
    }

    /** {@return the rules that differ from the earlier edition to the later one, in the order of {@link Edition#changesFrom}} */
    static ImmutableList<EditionChange> between(Edition earlier, Edition later) {
        List<EditionChange> out = new ArrayList<>();
        change(out, "fiscal years", earlier.fiscalYears(), later.fiscalYears());
        for (Instrument instrument : Instrument.values()) {
            change(out, "weight of " + instrument, earlier.instrumentWeights().get(instrument),
                    later.instrumentWeights().get(instrument));
        }
        for (Indicator indicator : Indicator.values()) {
            change(out, "weight of indicator " + indicator.number() + " in its instrument",
                    earlier.uses(indicator) ? earlier.indicatorWeight(indicator) : null,
                    later.uses(indicator) ? later.indicatorWeight(indicator) : null);
        }
        change(out, "grade bands", earlier.gradeScale(), later.gradeScale());
        change(out, "pass mark", earlier.passMark(), later.passMark());
        change(out, "verdicts", earlier.verdictScheme().map(VerdictScheme::rules).orElse(null),
                later.verdictScheme().map(VerdictScheme::rules).orElse(null));
        Map<String, Question> before = new LinkedHashMap<>();
        earlier.questionnaire().ifPresent(q -> q.questions().forEach(x -> before.put(x.id(), x)));
        Map<String, Question> after = new LinkedHashMap<>();
        later.questionnaire().ifPresent(q -> q.questions().forEach(x -> after.put(x.id(), x)));
        Set<String> questionIds = new LinkedHashSet<>(before.keySet());
        questionIds.addAll(after.keySet());
        questionIds.forEach(id -> change(out, "question " + id, describe(before.get(id)), describe(after.get(id))));
        change(out, "answer scale", earlier.answerScale(), later.answerScale());
        for (Instrument instrument : Instrument.values()) {
            change(out, "respondents of " + instrument, earlier.respondentRule(instrument).orElse(null),
                    later.respondentRule(instrument).orElse(null));
        }
        Map<String, OitItem> itemsBefore = new LinkedHashMap<>();
        earlier.oitCatalogue().ifPresent(c -> c.items().forEach(x -> itemsBefore.put(x.id(), x)));
        Map<String, OitItem> itemsAfter = new LinkedHashMap<>();
        later.oitCatalogue().ifPresent(c -> c.items().forEach(x -> itemsAfter.put(x.id(), x)));
        Set<String> itemIds = new LinkedHashSet<>(itemsBefore.keySet());
        itemIds.addAll(itemsAfter.keySet());
        itemIds.forEach(id -> change(out, "OIT item " + id, describe(itemsBefore.get(id)), describe(itemsAfter.get(id))));
        return ImmutableList.copyOf(out);
    }

    private static void change(List<EditionChange> out, String rule, Object before, Object after) {
        String b = before == null ? "-" : before.toString();
        String a = after == null ? "-" : after.toString();
        if (!b.equals(a)) {
            out.add(new EditionChange(rule, b, a));
        }
    }

    private static String describe(Question q) {
        return q == null ? null : q.instrument() + ", indicator " + q.indicator().number() + ", " + q.kind()
                + (q.reversed() ? ", reversed" : "");
    }

    private static String describe(OitItem item) {
        return item == null ? null : item.subIndicator() + ": " + item.title().english();
    }
}

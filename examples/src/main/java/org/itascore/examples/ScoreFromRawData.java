package org.itascore.examples;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitChecklist;
import org.itascore.oit.OitItem;
import org.itascore.raw.PublishNext;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.RawAssessor;
import org.itascore.raw.RawData;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;

/**
 * Use case: an office has its survey answers and its OIT checklist, not indicator scores. Tally the
 * answers (in parallel: tallies merge exactly), check the checklist, and see what to publish next.
 */
public final class ScoreFromRawData {

    private ScoreFromRawData() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Edition edition = Editions.builtIn().get("obec-esa-2564");
        Questionnaire q = edition.questionnaire().orElseThrow();

        // 30 staff answer IIT: level 4 everywhere, but every third answers i8 (use of budget) with level 2.
        Tally iit = IntStream.range(0, 30).parallel().mapToObj(n -> {
            Response.Builder r = Response.builder(q, Instrument.IIT);
            for (Question question : q.questions(Instrument.IIT)) {
                r.answer(question.id(), question.id().equals("i8") && n % 3 == 0 ? Answer.LEVEL_2 : Answer.LEVEL_4);
            }
            return r.build();
        }).collect(Tally.collector(q, Instrument.IIT));

        // 40 service users answer EIT: level 3, and no one was asked for money (e5 "no").
        Tally eit = IntStream.range(0, 40).mapToObj(n -> {
            Response.Builder r = Response.builder(q, Instrument.EIT);
            for (Question question : q.questions(Instrument.EIT)) {
                r.answer(question.id(), question.id().equals("e5") ? Answer.NO : Answer.LEVEL_3);
            }
            return r.build();
        }).collect(Tally.collector(q, Instrument.EIT));

        // Everything published but O36 (corruption risk assessment) and O43.
        List<ChecklistEntry> entries = new ArrayList<>();
        for (OitItem item : OitCatalogue.CLASSIC.items()) {
            entries.add(item.id().equals("O36") || item.id().equals("O43") ? ChecklistEntry.absent(item.id())
                    : ChecklistEntry.present(item.id(), URI.create("https://www.example-esa.go.th/ita/" + item.id())));
        }
        OitChecklist oit = OitChecklist.of(OitCatalogue.CLASSIC, entries);

        RawAssessment raw = RawAssessor.assess(edition, "สพม.ตัวอย่าง", FiscalYear.of(2564), RawData.of(iit, eit, oit));
        System.out.println("Total " + raw.assessment().score() + ", grade " + raw.assessment().grade());
        System.out.println("Indicator 2 (use of budget): " + raw.assessment().indicator(org.itascore.Indicator.USE_OF_BUDGET).score()
                + ", weakest question " + raw.questions().get(org.itascore.Indicator.USE_OF_BUDGET).get(0).question().id());
        for (PublishNext n : raw.publishNext()) {
            System.out.println("Publish " + n.item().id() + " (" + n.item().title().english() + "): +" + n.overallGain());
        }
        raw.assessment().findings().forEach(f -> System.out.println("Finding: " + f.message().english()));
    }
}

package org.itascore.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.edition.Editions;
import org.itascore.survey.Answer;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.SurveyFixtures;
import org.itascore.survey.Tally;
import org.junit.jupiter.api.Test;

/** The one place where a batch's edition is resolved, its year checked and its answers tallied. */
class SurveyBatchAssemblyTest {

    @Test
    void tallyingThroughTheAssemblyEqualsTallyingDirectly() {
        Response a = SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO);
        Response b = SurveyFixtures.uniform(Instrument.IIT, 2, Answer.NO, "i3", null);
        Response c = SurveyFixtures.uniform(Instrument.EIT, 3, Answer.YES);
        SurveyBatch batch = SurveyBatch.assemble(Editions.builtIn())
                .fiscalYear(FiscalYear.of(2564)).office(" สพม.ตัวอย่าง ").add(a).add(b).add(c).build();
        assertEquals("obec-esa-2564", batch.edition().id());
        assertEquals("สพม.ตัวอย่าง", batch.office());
        assertEquals(List.of(a, b).stream().collect(Tally.collector(Questionnaire.STANDARD, Instrument.IIT)), batch.iit());
        assertEquals(List.of(c).stream().collect(Tally.collector(Questionnaire.STANDARD, Instrument.EIT)), batch.eit());
    }

    @Test
    void anEditionNamedAfterTheResponsesMustBeTheirs() {
        SurveyBatchAssembly assembly = SurveyBatch.assemble(Editions.builtIn()).office("x").fiscalYear(FiscalYear.of(2564));
        assembly.add(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO));
        assembly.edition("nacc-2564");
        InvalidInputException e = assertThrows(InvalidInputException.class, assembly::build);
        assertEquals(ProblemKind.CONFLICT, e.problems().get(0).kind());
        assertEquals("/edition", e.problems().get(0).location().toString());
        // naming the same edition again is harmless
        SurveyBatchAssembly same = SurveyBatch.assemble(Editions.builtIn()).office("x").fiscalYear(FiscalYear.of(2564));
        same.add(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO)).edition("obec-esa-2564");
        assertEquals(1, same.build().iit().respondents());
    }

    @Test
    void responsesNeedAnEditionOrAYearFirst() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SurveyBatch.assemble(Editions.builtIn()).add(SurveyFixtures.uniform(Instrument.IIT, 4, Answer.NO)));
        assertEquals("/responses", e.problems().get(0).location().toString());
    }

    @Test
    void theHeaderIsCheckedWithEveryProblemListed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SurveyBatch.assemble(Editions.builtIn()).office(" ").build());
        assertEquals(List.of("/office", "/fiscalYear"), e.problems().stream().map(p -> p.location().toString()).toList());
        InvalidInputException uncovered = assertThrows(InvalidInputException.class,
                () -> SurveyBatch.assemble(Editions.builtIn()).office("x").edition("obec-esa-2566")
                        .fiscalYear(FiscalYear.of(2564)).build());
        assertEquals("/fiscalYear", uncovered.problems().get(0).location().toString());
        assertEquals(ProblemKind.CONFLICT, uncovered.problems().get(0).kind());
    }
}

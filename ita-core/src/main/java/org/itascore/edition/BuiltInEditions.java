package org.itascore.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Weight;
import org.itascore.oit.OitCatalogue;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.RespondentRule;

/**
 * The editions that ship with the library, written as data with the public {@link Edition.Builder}.
 * Every rule carries its {@link Provenance}; see docs/editions.md for the sources.
 */
final class BuiltInEditions {

    private static final Provenance WEIGHTS = new Provenance(
            "instrument weights IIT 0.3, EIT 0.3, OIT 0.4; indicators weigh the same inside their instrument",
            Certainty.VERIFIED_AGAINST_PUBLISHED_RESULTS,
            "reproduces published totals to within 0.01, for example Chachoengsao Primary ESA 2, FY2562: "
                    + "the indicator scores give 84.8138, the report prints 84.82");
    private static final Provenance INDICATORS = new Provenance(
            "ten indicators: 1-5 measured by IIT, 6-8 by EIT, 9-10 by OIT",
            Certainty.OFFICIAL_DOCUMENT,
            "OBEC ESA ITA Online reports (Khon Kaen Secondary ESA, measures for FY2567, section 2)");
    private static final Provenance BANDS = new Provenance(
            "grade bands AA 95.00-100.00, A 85.00-94.99, B 75.00-84.99, C 65.00-74.99, D 55.00-64.99, "
                    + "E 50.00-54.99, F 0.00-49.99, applied to the two-decimal score",
            Certainty.OFFICIAL_DOCUMENT,
            "the grade table printed in OBEC ESA reports (Khon Kaen Secondary ESA, results of FY2566)");
    private static final Provenance PASS_MARK = new Provenance(
            "pass mark 85",
            Certainty.OFFICIAL_DOCUMENT,
            "OBEC ESA reports: 'เกณฑ์การผ่าน 85 คะแนน'; the national target is 80% of offices at 85 or more");
    private static final Provenance VERDICTS = new Provenance(
            "verdicts: excellent pass (total and each instrument >= 95), good pass (total and each instrument "
                    + ">= 85), pass (total >= 85), needs improvement (>= 70), needs urgent improvement (< 70)",
            Certainty.PUBLIC_IMPLEMENTATION,
            "one public implementation of the NACC ITA from FY2567; the NACC document itself was not found");

    private static final Provenance QUESTIONNAIRE = new Provenance(
            "questionnaire: IIT i1-i30, six per indicator; EIT e1-e15, five per indicator; all four-level except "
                    + "e5 (asked for money or gifts), yes/no and reversed",
            Certainty.ASSUMED,
            "the IIT layout is documented; the EIT layout and the question kinds are not confirmed by an official "
                    + "document: supply your own questionnaire where they differ");
    private static final Provenance ANSWER_SCALE = new Provenance(
            "four-level answers score exact thirds: 0, 100/3, 200/3, 100",
            Certainty.ASSUMED,
            "the official points are not published; public implementations use 0/33/67/100 or level/4 x 100, "
                    + "both available as AnswerScale.ROUNDED_THIRDS and AnswerScale.QUARTERS");
    private static final Provenance RESPONDENTS = new Provenance(
            "minimum respondents: IIT at least 25 (all staff if fewer); EIT 10% of stakeholders, at least 30, at most 400",
            Certainty.ASSUMED,
            "OBEC school ITA Online (2020) for IIT and a vocational programme (2021) for EIT; no ESA rule was found");
    private static final Provenance OIT_CLASSIC = new Provenance(
            "OIT items O1-O43 in sub-indicators 9.1-9.5 and 10.1-10.2",
            Certainty.VERIFIED_AGAINST_PUBLISHED_RESULTS,
            "the FY2563-2565 list; the grouping reproduces published values (97.78 = mean(8/9, 1, 1, 1, 1) x 100 for "
                    + "indicator 9, 93.75 = mean(7/8, 1) x 100 for indicator 10); Thai titles follow the NACC manual");
    private static final Provenance OIT_USER = new Provenance(
            "OIT catalogue not built in",
            Certainty.ASSUMED,
            "the revised lists of FY2566 and FY2568 do not state their grouping into sub-indicators; "
                    + "score an OIT checklist with a catalogue of your own");

    private BuiltInEditions() {
    }

    static List<Edition> all() {
        List<Edition> editions = new ArrayList<>();
        for (int year = 2562; year <= 2567; year++) {
            editions.add(tenIndicators("obec-esa-" + year, year, Bilingual.of(
                    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษา (ITA Online) ปีงบประมาณ พ.ศ. " + year,
                    "OBEC ITA Online for Educational Service Area offices, fiscal year " + year))
                    .build());
        }
        for (int year = 2562; year <= 2568; year++) {
            Edition.Builder nacc = tenIndicators("nacc-" + year, year, Bilingual.of(
                    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ พ.ศ. " + year,
                    "NACC Integrity and Transparency Assessment, fiscal year " + year));
            if (year >= 2567) {
                nacc.verdictScheme(VerdictScheme.NACC_2567).provenance(VERDICTS);
            }
            editions.add(nacc.build());
        }
        return editions;
    }

    private static Edition.Builder tenIndicators(String id, int year, Bilingual title) {
        Edition.Builder builder = Edition.builder(id)
                .title(title)
                .fiscalYear(FiscalYear.of(year))
                .instrument(Instrument.IIT, Weight.parse("0.3"),
                        Indicator.PERFORMANCE_OF_DUTY, Indicator.USE_OF_BUDGET, Indicator.USE_OF_AUTHORITY,
                        Indicator.USE_OF_GOVERNMENT_PROPERTY, Indicator.SOLVING_CORRUPTION_PROBLEMS)
                .instrument(Instrument.EIT, Weight.parse("0.3"),
                        Indicator.QUALITY_OF_OPERATIONS, Indicator.COMMUNICATION_EFFICIENCY,
                        Indicator.IMPROVEMENT_OF_WORK_SYSTEM)
                .instrument(Instrument.OIT, Weight.parse("0.4"),
                        Indicator.INFORMATION_DISCLOSURE, Indicator.CORRUPTION_PREVENTION)
                .gradeScale(GradeScale.STANDARD)
                .passMark(org.itascore.Score.of(85))
                .provenance(INDICATORS)
                .provenance(WEIGHTS)
                .provenance(BANDS)
                .provenance(PASS_MARK)
                .questionnaire(Questionnaire.STANDARD)
                .answerScale(AnswerScale.EXACT_THIRDS)
                .respondentRule(Instrument.IIT, RespondentRule.atLeast(25))
                .respondentRule(Instrument.EIT, RespondentRule.shareOf(new BigDecimal("0.1"), 30, 400))
                .provenance(QUESTIONNAIRE)
                .provenance(ANSWER_SCALE)
                .provenance(RESPONDENTS);
        return year >= 2563 && year <= 2565
                ? builder.oitCatalogue(OitCatalogue.CLASSIC).provenance(OIT_CLASSIC)
                : builder.provenance(OIT_USER);
    }
}

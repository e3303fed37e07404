package org.itascore.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
                    + "document: supply your own questionnaire where they differ", Provenance.Scope.RAW_DATA);
    private static final Provenance ANSWER_SCALE = new Provenance(
            "four-level answers score exact thirds: 0, 100/3, 200/3, 100",
            Certainty.ASSUMED,
            "the official points are not published; public implementations use 0/33/67/100 or level/4 x 100, "
                    + "both available as AnswerScale.ROUNDED_THIRDS and AnswerScale.QUARTERS", Provenance.Scope.RAW_DATA);
    private static final Provenance RESPONDENTS = new Provenance(
            "minimum respondents: IIT at least 25 (all staff if fewer); EIT 10% of stakeholders, at least 30, at most 400",
            Certainty.ASSUMED,
            "OBEC school ITA Online (2020) for IIT and a vocational programme (2021) for EIT; no ESA rule was found", Provenance.Scope.RAW_DATA);
    private static final Provenance OIT_CLASSIC = new Provenance(
            "OIT items O1-O43 in sub-indicators 9.1-9.5 and 10.1-10.2",
            Certainty.VERIFIED_AGAINST_PUBLISHED_RESULTS,
            "the FY2563-2565 list; the grouping reproduces published values (97.78 = mean(8/9, 1, 1, 1, 1) x 100 for "
                    + "indicator 9, 93.75 = mean(7/8, 1) x 100 for indicator 10); Thai titles follow the NACC manual", Provenance.Scope.RAW_DATA);
    private static final Provenance OIT_USER = new Provenance(
            "OIT catalogue not built in",
            Certainty.ASSUMED,
            "the FY2562 list and the FY2566 revision are not known in full (catalogue nacc-2566 holds what is known, "
                    + "with its grouping assumed); score an OIT checklist with a catalogue of your own", Provenance.Scope.RAW_DATA);

    private static final Provenance WEIGHTS_CARRIED = new Provenance(
            "instrument weights IIT 0.3, EIT 0.3, OIT 0.4; indicators weigh the same inside their instrument",
            Certainty.ASSUMED,
            "carried over from FY2562-2567: the FY2568 national results (news reports, August 2025: 8,317 agencies, "
                    + "average 93.82) still name the ten indicators and nothing says the weights changed");
    private static final Provenance BANDS_CARRIED = new Provenance(
            "grade bands AA 95.00-100.00, A 85.00-94.99, B 75.00-84.99, C 65.00-74.99, D 55.00-64.99, "
                    + "E 50.00-54.99, F 0.00-49.99, and pass mark 85",
            Certainty.ASSUMED,
            "carried over from the OBEC ESA reports of FY2566 (seed 000); the FY2568 national results still count "
                    + "agencies passing at 85 (7,832 of 8,317)");
    private static final Provenance NO_VERDICTS = new Provenance(
            "no verdicts: grades AA-F only",
            Certainty.ASSUMED,
            "the ESA variant as in OBEC's ESA reports of FY2566 (seed 000); no source shows an ESA report with verdicts");
    private static final Provenance VERDICTS_OVEC = new Provenance(
            "verdicts as the NACC's from FY2567: excellent pass, good pass, pass, needs improvement, needs urgent improvement",
            Certainty.PUBLIC_IMPLEMENTATION,
            "an OVEC FY2568 result page shows 90.77 with the verdict ผ่านดี (good pass); the ranges are the NACC's, assumed");
    private static final Provenance RESPONDENTS_OVEC = new Provenance(
            "minimum respondents: IIT 10% of staff, at least 30 (all staff if fewer); EIT 10% of stakeholders, "
                    + "at least 30, at most 400",
            Certainty.PUBLIC_IMPLEMENTATION,
            "a vocational programme's ITA Online guide (2021); not confirmed for FY2568 onward", Provenance.Scope.RAW_DATA);
    private static final String RTRDA = "one agency's website (repository rtrdasmartrailway/web-app-rtrda, "
            + "src/lib/wp/ita-headings-override.ts)";

    private BuiltInEditions() {
    }

    static List<Edition> all() {
        List<Edition> editions = new ArrayList<>();
        for (int year = 2562; year <= 2569; year++) {
            Edition.Builder esa = schoolRespondents(tenIndicators("obec-esa-" + year, year, Bilingual.of(
                    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษา (ITA Online) ปีงบประมาณ พ.ศ. " + year,
                    "OBEC ITA Online for Educational Service Area offices, fiscal year " + year)));
            if (year >= 2568) {
                esa.provenance(NO_VERDICTS);
                naccCatalogue(esa, year, "ESA offices are assumed to publish the NACC's list of the year; ");
            }
            editions.add(esa.build());
        }
        for (int year = 2562; year <= 2569; year++) {
            Edition.Builder nacc = schoolRespondents(tenIndicators("nacc-" + year, year, Bilingual.of(
                    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ พ.ศ. " + year,
                    "NACC Integrity and Transparency Assessment, fiscal year " + year)));
            if (year >= 2567) {
                nacc.verdictScheme(VerdictScheme.NACC_2567).provenance(VERDICTS);
            }
            if (year >= 2568) {
                naccCatalogue(nacc, year, "");
            }
            editions.add(nacc.build());
        }
        editions.add(ovec(2568, new Provenance("OIT items O1-O37 in 9.1 (O1-O6), 9.2 (O7-O16), 9.3 (O17-O22), "
                + "9.4 (O23-O25), 9.5 (O26-O29), 10.1 (O30-O35), 10.2 (O36-O37); O22's title not known",
                Certainty.PUBLIC_IMPLEMENTATION, "one college's website (repository NutMontree/ktltc, src/app/ITA/page.tsx), "
                        + "its grouping as the domain brief gives it; catalogue ovec-2568", Provenance.Scope.RAW_DATA)));
        editions.add(ovec(2569, new Provenance("OIT items O1-O23 in 9.1 (O1-O5), 9.2 (O6-O9), 9.3 (O10-O11), "
                + "9.4 (O12-O15), 9.5 (O16-O17), 10.1 (O18-O19), 10.2 (O20-O23)",
                Certainty.PUBLIC_IMPLEMENTATION, "one college's website (repository beerladen/srpolyweb, "
                        + "src/lib/ita-oit-2569.ts); another college's site differs on O21-O22; catalogue ovec-2569",
                Provenance.Scope.RAW_DATA)));
        return editions;
    }

    /** The NACC's OIT list of FY2568 or FY2569, whose grouping into sub-indicators is not published. */
    private static void naccCatalogue(Edition.Builder builder, int year, String assumption) {
        String items = year == 2568
                ? "OIT items O1-O26 of the NACC's FY2568 list; titles of O2 and O5-O7 not published"
                : "OIT items O1-O26 as one agency published them for FY2569 (low certainty: possibly a ministry's "
                        + "variant); titles of O2 and O5-O7 not published";
        builder.oitCatalogue(OitCatalogue.builtIn("nacc-" + year))
                .provenance(new Provenance(items, year == 2568 && assumption.isEmpty()
                        ? Certainty.PUBLIC_IMPLEMENTATION : Certainty.ASSUMED, assumption + RTRDA + "; catalogue nacc-" + year,
                        Provenance.Scope.RAW_DATA))
                .provenance(new Provenance("OIT grouping into six sub-indicators (9.1-9.4, 10.1-10.2), each a run of "
                        + "consecutive items", Certainty.ASSUMED, "no source states the grouping; the six themes follow "
                        + "the wording a school website uses for the same list (docs/editions.md)", Provenance.Scope.RAW_DATA));
    }

    private static Edition ovec(int year, Provenance catalogue) {
        return tenIndicators("ovec-" + year, year, Bilingual.of(
                "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา สังกัดสำนักงานคณะกรรมการการอาชีวศึกษา (ITA Online) ปีงบประมาณ พ.ศ. " + year,
                "OVEC ITA Online for vocational colleges, fiscal year " + year))
                .verdictScheme(VerdictScheme.NACC_2567).provenance(VERDICTS_OVEC)
                .respondentRule(Instrument.IIT, new RespondentRule(Optional.of(new BigDecimal("0.1")), 30, OptionalLong.empty()))
                .respondentRule(Instrument.EIT, RespondentRule.shareOf(new BigDecimal("0.1"), 30, 400))
                .provenance(RESPONDENTS_OVEC)
                .oitCatalogue(OitCatalogue.builtIn("ovec-" + year)).provenance(catalogue)
                .build();
    }

    private static Edition.Builder schoolRespondents(Edition.Builder builder) {
        return builder.respondentRule(Instrument.IIT, RespondentRule.atLeast(25))
                .respondentRule(Instrument.EIT, RespondentRule.shareOf(new BigDecimal("0.1"), 30, 400))
                .provenance(RESPONDENTS);
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
                .provenance(INDICATORS);
        if (year >= 2568) {
            builder.provenance(WEIGHTS_CARRIED).provenance(BANDS_CARRIED);
        } else {
            builder.provenance(WEIGHTS).provenance(BANDS).provenance(PASS_MARK);
        }
        builder.questionnaire(Questionnaire.STANDARD)
                .answerScale(AnswerScale.EXACT_THIRDS)
                .provenance(QUESTIONNAIRE)
                .provenance(ANSWER_SCALE);
        if (year >= 2563 && year <= 2565) {
            builder.oitCatalogue(OitCatalogue.CLASSIC).provenance(OIT_CLASSIC);
        } else if (year < 2568) {
            builder.provenance(OIT_USER);
        }
        return builder;
    }
}

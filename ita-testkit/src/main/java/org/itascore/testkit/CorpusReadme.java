package org.itascore.testkit;

/**
 * The README a conformance corpus carries ({@link Conformance#README}): what the corpus holds, how to run a
 * system over it, and the rules a second implementation most often gets wrong, ties and rounding among them,
 * as the library applies them. docs/testkit.md says the same.
 */
final class CorpusReadme {

    private CorpusReadme() {
    }

    static String text(long seed, int count) {
        return """
                # ITA conformance corpus

                Written by `ita conformance generate --seed %d --count %d`: the same seed writes the same bytes on any JDK.

                Each folder `NAME/` is a case: what a system reads, and `expected.json`, what it must answer.
                `index.json` lists the cases: each one's `kind`, `edition`, `endpoint`, `files` and what it `covers`, so
                that a failing case says which rule it exercises. The kinds:

                - `report`: `input.json`, an indicator-score report (format 1), answered as `POST /v1/assessments` answers;
                - `raw`: `input.json`, an office's raw data, a survey batch and an OIT checklist (format 9), answered as
                  `POST /v1/raw-assessments` answers;
                - `sheets`: an office's Google Forms exports as Google Forms writes them, `iit.csv` and `eit.csv` (a
                  timestamp, a header per question starting with its number, the answers as the form's Thai labels, a
                  blank cell for a question left out), `oit.csv` (item, มี/ไม่มี, URL) and `fields.json` (office, fiscal
                  year, edition), answered as an upload of those files and fields to `POST /v1/raw-assessments` is. Write your system's answer to each case as `ACTUAL/NAME.json` and run
                `ita conformance check CORPUS ACTUAL`: every difference is listed by case and JSON pointer; numbers are
                compared as decimals (90.1 is 90.10).

                ## What the corpus holds

                - the rounding edges first: indicator scores of 0, 100, 84.995, 94.995, 84.994, 94.994, 85, 95, 74.995,
                  49.995, 0.005 and 99.995, so that a total lands on a grade's edge;
                - a case for each rule a system may get wrong: tied indicator scores (`rule tie`), a total whose third
                  decimal is a 5 after an even digit (`rule half-even`: every indicator 84.985), a total of exactly the
                  pass mark (`rule exact-pass-mark`), an instrument under the pass mark with a total over it
                  (`rule instrument-under-total-over`), scores with more than two decimals (`rule off-grid`);
                - then results like real offices': most pass (of every seventeen cases of the editions without
                  verdicts, twelve are AA or A), every grade AA-F comes several times, and for each edition with verdicts
                  each of its five verdicts in turn;
                - every tenth case an office's raw data (format 9) instead of its report, and every twentieth its Google
                  Forms exports: answers on each question's own scale (four or six levels, yes/no, reversed questions as the
                  questionnaire has them), some responses blank, some OIT items unpublished, and some with too few
                  respondents for the survey.

                ## Rules a second implementation gets wrong

                - **Rounding:** every score is exact until it is shown; it is shown rounded half up to two decimals,
                  once (84.985 is 84.99, 84.995 is 85.00). An instrument's score is not rounded before the total is
                  made of it. A grade and a pass are decided on the two-decimal score: 84.995 passes at 85.
                - **Pass:** a score passes at the pass mark or above (85.00 passes).
                - **Weights:** each instrument weighs as its edition says (30/30/40 for IIT, EIT and OIT where it
                  says so), and each indicator inside it as the edition says.
                - **Ranks of indicators:** from the highest two-decimal score down; tied scores share a rank and the
                  next rank skips the tied places (standard competition ranking: 1, 2, 2, 4).
                - **Indicators below the pass mark** (`belowPassMark`): the lowest two-decimal score first; tied scores
                  by the indicator's number, the smaller first.
                - **Offices in a cohort:** ranked as indicators are, by the two-decimal total; offices of one rank are
                  listed by name (in the order of the name's UTF-16 code units), then fiscal year, then exact total.
                - **Verdicts** (editions from FY2567 with verdicts): the first rule of the edition's scheme whose
                  total and each-instrument minimums hold, both compared at two decimals.
                - **Raw answers:** a blank response (no answer) is no respondent; a reversed question's points are
                  counted from the other end of its scale; a survey with fewer respondents than its rule asks for is
                  a finding, not a refusal.
                """.formatted(seed, count);
    }
}

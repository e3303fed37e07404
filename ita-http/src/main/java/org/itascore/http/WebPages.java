package org.itascore.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.Indicator;
import org.itascore.Language;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.edition.Edition;
import org.itascore.table.CellPlaces;
import org.itascore.table.ImportException;
import org.itascore.table.SheetReport;

/**
 * The web app's pages as HTML: the home page with its three ways in, each form keeping what the user typed and
 * showing every problem next to its field and in a list at the top, and the frame around the shared renderers'
 * pages (a bar with the way back and the downloads). Every word comes from the message catalogue ({@code text.web*}),
 * Thai unless the page is asked for in English. No script, no inline style: the pages work with JavaScript off and
 * under a strict Content-Security-Policy.
 */
final class WebPages {

    /** The forms, by the id of their section: the typed results, a report file, the Google Forms exports, a cohort. */
    enum Form {
        /** Ten indicator scores typed or pasted, posted as {@code application/x-www-form-urlencoded}. */
        TYPED("typed"),
        /** A report file (format 1). */
        REPORT("report-file"),
        /** Google Forms exports: IIT, EIT and OIT files. */
        SHEETS("sheets"),
        /** A cohort file and the pass-rate target. */
        COHORT("cohort"),
        /** What a result would take to reach a target. */
        WHATIF("whatif"),
        /** The annual analysis of a result: the average, earlier years, the plan, the date. */
        ANNUAL("annual");

        final String id;

        Form(String id) {
            this.id = id;
        }
    }

    /** What a form shows again after a refusal: the form, its values as typed, and the problems to list. */
    record Refusal(Form form, Map<String, String> values, List<Line> lines) {
    }

    /** One problem as the page lists it: the field it belongs to (an input's name, or null), and its text. */
    record Line(String field, String text) {
    }

    private static final String ICON = "<link rel=\"icon\" href=\"/favicon.ico\" type=\"image/svg+xml\"/>\n";
    private static final String CSS_LINK = "<link rel=\"stylesheet\" href=\"/assets/app.css\"/>\n" + ICON;
    /** The framed pages keep the renderer's look: only the toolbar's style sheet is added. */
    private static final String FRAME_LINK = "<link rel=\"stylesheet\" href=\"/assets/frame.css\"/>\n" + ICON;
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private WebPages() {
    }

    /**
     * {@return the Content-Security-Policy of a page}: nothing but this service's own style sheet, fonts and form
     * posts, and the page's own inline style blocks by their hashes (the shared renderers put their print styles in
     * the page, so that a page saved to disk prints the same)
     */
    static String contentSecurityPolicy(String html) {
        StringBuilder styles = new StringBuilder("'self'");
        Matcher m = STYLE.matcher(html);
        while (m.find()) {
            styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
        }
        return "default-src 'none'; style-src " + styles + "; font-src 'self'; img-src 'self' data:; form-action 'self'; "
                + "base-uri 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * {@return the home page}
     *
     * @param language the page's language
     * @param editions the editions to choose from, in the order the service lists them
     * @param token whether the service asks for its token
     * @param refusal the form refused, shown again with its problems; null for the plain page
     */
    static String home(Language language, List<Edition> editions, boolean token, Refusal refusal) {
        Html h = new Html(language);
        h.open(t(language, "text.webTitle"));
        h.raw("<main id=\"main\">\n<h1>").text(t(language, "text.webHeading")).raw("</h1>\n<p class=\"lead\">")
                .text(t(language, "text.webLead")).raw("</p>\n<p class=\"promise\">").text(t(language, "text.webPromise"))
                .raw("</p>\n<nav class=\"ways\" aria-label=\"").text(t(language, "text.webWays")).raw("\"><ul>\n");
        for (Form f : List.of(Form.TYPED, Form.SHEETS, Form.COHORT)) {
            h.raw("<li><a href=\"#").raw(f.id).raw("\">").text(t(language, "text.web.way." + f.id)).raw("</a></li>\n");
        }
        h.raw("</ul></nav>\n");
        Refusal none = new Refusal(null, Map.of(), List.of());
        Refusal r = refusal == null ? none : refusal;

        section(h, Form.TYPED, r, language);
        h.raw("<form method=\"post\" action=\"/score").raw(query(language, Form.TYPED)).raw("\" novalidate>\n");
        officeAndYear(h, r, Form.TYPED, language, editions);
        h.raw("<fieldset class=\"scores\" id=\"typed-indicators\" tabindex=\"-1\">\n<legend>").text(t(language, "text.webScoresLegend")).raw("</legend>\n<div class=\"grid\">\n");
        for (Indicator i : Indicator.values()) {
            String name = "indicator" + i.number();
            input(h, r, Form.TYPED, name, language, i.number() + ". " + i.title().in(language), "decimal", null);
        }
        h.raw("</div>\n");
        textarea(h, r, Form.TYPED, "scores", t(language, "text.webPasteLabel"), t(language, "text.webPasteHint"));
        h.raw("</fieldset>\n");
        tokenField(h, r, Form.TYPED, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webScoreButton")).raw("</button>\n</form>\n");
        h.raw("<details class=\"alt\"").raw(r.form() == Form.REPORT ? " open" : "").raw(">\n<summary>")
                .text(t(language, "text.webReportSummary")).raw("</summary>\n");
        errors(h, r, Form.REPORT, language);
        h.raw("<form method=\"post\" action=\"/score").raw(query(language, Form.REPORT))
                .raw("\" enctype=\"multipart/form-data\" novalidate>\n");
        file(h, r, Form.REPORT, "report", t(language, "text.webReportFile"), ".json,application/json", language);
        tokenField(h, r, Form.REPORT, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webScoreButton")).raw("</button>\n</form>\n</details>\n</section>\n");

        section(h, Form.SHEETS, r, language);
        h.raw("<form method=\"post\" action=\"/score").raw(query(language, Form.SHEETS))
                .raw("\" enctype=\"multipart/form-data\" novalidate>\n");
        String sheets = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        file(h, r, Form.SHEETS, "iit", t(language, "text.webIitFile"), sheets, language);
        file(h, r, Form.SHEETS, "eit", t(language, "text.webEitFile"), sheets, language);
        file(h, r, Form.SHEETS, "oit", t(language, "text.webOitFile"), sheets + ",.json,application/json", language);
        officeAndYear(h, r, Form.SHEETS, language, editions);
        h.raw("<details class=\"alt\"><summary>").text(t(language, "text.webMore")).raw("</summary>\n");
        input(h, r, Form.SHEETS, "staff", language, t(language, "text.webStaff"), "numeric", null);
        input(h, r, Form.SHEETS, "stakeholders", language, t(language, "text.webStakeholders"), "numeric", null);
        catalogueSelect(h, r, Form.SHEETS, language);
        file(h, r, Form.SHEETS, "map", t(language, "text.webMapFile"), ".json,application/json", language);
        h.raw("</details>\n");
        tokenField(h, r, Form.SHEETS, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webScoreButton")).raw("</button>\n</form>\n</section>\n");

        section(h, Form.COHORT, r, language);
        h.raw("<form method=\"post\" action=\"/cohort").raw(query(language, Form.COHORT))
                .raw("\" enctype=\"multipart/form-data\" novalidate>\n");
        file(h, r, Form.COHORT, "cohort", t(language, "text.webCohortFile"),
                ".csv,.xlsx,.json,.ndjson,.jsonl,text/csv,application/json",
                language);
        input(h, r, Form.COHORT, "passRate", language, t(language, "text.webPassRate"), "decimal", "80");
        tokenField(h, r, Form.COHORT, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webCohortButton")).raw("</button>\n</form>\n</section>\n");
        h.raw("</main>\n");
        return h.close();
    }

    /**
     * {@return a page of the shared renderers framed for the web app}: the service's style sheet beside the page's
     * own, and at the top a bar with the way back and the downloads, hidden when printed
     *
     * @param document the renderer's page, a whole HTML document
     * @param language the page's language
     * @param downloads the downloads offered: each a file name, a media type and the file's content
     * @param before HTML shown under the bar (the records a cohort left out), or empty
     * @param after HTML shown after the page (the next steps' forms), or empty; the bar links to its sections
     */
    static String framed(String document, Language language, List<Download> downloads, String before, String after) {
        Html bar = new Html(language);
        bar.raw("<nav class=\"toolbar\" aria-label=\"").text(t(language, "text.webToolbar")).raw("\">\n<a href=\"/")
                .raw(language == Language.ENGLISH ? "?lang=en" : "").raw("\">").text(t(language, "text.webBack")).raw("</a>\n");
        for (Download d : downloads) {
            if (d.carried() != null) {
                bar.raw("<form class=\"download\" method=\"post\" action=\"/result.docx").raw(language == Language.ENGLISH ? "?lang=en" : "")
                        .raw("\">\n");
                hidden(bar, d.carried());
                bar.raw("<button type=\"submit\">").text(t(language, "text.webDownload") + " " + d.label()).raw("</button>\n</form>\n");
                continue;
            }
            bar.raw("<a class=\"download\" download=\"").text(d.fileName()).raw("\" href=\"data:").raw(d.mediaType())
                    .raw(";base64,").raw(Base64.getEncoder().encodeToString(d.content()))
                    .raw("\">").text(t(language, "text.webDownload") + " " + d.label()).raw("</a>\n");
        }
        if (after.contains("id=\"whatif\"")) {
            bar.raw("<a href=\"#whatif\">").text(t(language, "text.webWhatIfTitle")).raw("</a>\n<a href=\"#annual\">")
                    .text(t(language, "text.webAnnualTitle")).raw("</a>\n");
        }
        bar.raw("<span class=\"hint\">").text(t(language, "text.webPrintHint")).raw("</span>\n</nav>\n").raw(before);
        String head = document.replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n" + FRAME_LINK + "</head>"));
        String framed = head.replaceFirst("<body>\n", java.util.regex.Matcher.quoteReplacement("<body>\n" + bar.body()));
        int end = framed.lastIndexOf("</body>");
        return framed.substring(0, end) + after + framed.substring(end);
    }

    /**
     * {@return the next steps under a result: what it would take to reach a target, and the annual analysis}, two
     * forms carrying the result's indicator scores (exact) as hidden fields, so that nothing is kept between pages
     *
     * @param a the result
     * @param language the page's language
     * @param token whether the service asks for its token
     */
    static String nextSteps(org.itascore.assess.Assessment a, Language language, boolean token) {
        Map<String, String> carried = carried(a);
        Html h = new Html(language);
        h.raw("<section class=\"next\" id=\"whatif\" aria-labelledby=\"whatif-title\">\n<h2 id=\"whatif-title\">")
                .text(t(language, "text.webWhatIfTitle")).raw("</h2>\n<form method=\"post\" action=\"/whatif")
                .raw(language == Language.ENGLISH ? "?lang=en" : "").raw("\">\n");
        hidden(h, carried);
        h.raw("<label for=\"whatif-target\">").text(t(language, "text.webTarget")).raw("</label>\n")
                .raw("<select id=\"whatif-target\" name=\"target\">\n<option value=\"pass\">").text(t(language, "text.webTargetPass"))
                .raw("</option>\n");
        for (org.itascore.Grade g : org.itascore.Grade.values()) {
            h.raw("<option value=\"").raw(g.name()).raw("\">").text(Message.of("text.webTargetGrade", g.name(), g.meaning()).text(language))
                    .raw("</option>\n");
        }
        if (a.edition().verdictScheme().isPresent()) {
            for (org.itascore.Verdict v : org.itascore.Verdict.values()) {
                h.raw("<option value=\"").raw(v.name()).raw("\">").text(v.title().in(language)).raw("</option>\n");
            }
        }
        h.raw("</select>\n");
        input(h, new Refusal(null, Map.of(), List.of()), Form.WHATIF, "targetScore", language, t(language, "text.webTargetScore"),
                "decimal", null);
        tokenField(h, new Refusal(null, Map.of(), List.of()), Form.WHATIF, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webWhatIfButton")).raw("</button>\n</form>\n</section>\n");
        annualForm(h, language, carried, new Refusal(null, Map.of(), List.of()), token);
        return h.body();
    }

    /** {@return the result's inputs carried to the next page: office, year, edition and each indicator's exact score} */
    /** {@return the inputs of a result, which a form carries to rebuild it: office, year, edition, each indicator's exact score} */
    static Map<String, String> carried(org.itascore.assess.Assessment a) {
        Map<String, String> carried = new java.util.LinkedHashMap<>();
        carried.put("office", a.office());
        carried.put("fiscalYear", Integer.toString(a.fiscalYear().buddhistEra()));
        carried.put("edition", a.edition().id());
        for (org.itascore.assess.IndicatorResult r : a.indicators()) {
            carried.put("indicator" + r.indicator().number(), r.exactScore().toString());
        }
        return carried;
    }

    private static void hidden(Html h, Map<String, String> carried) {
        carried.forEach((name, value) -> h.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").text(value).raw("\"/>\n"));
    }

    /**
     * {@return the annual analysis's form on a page of its own}: what a refusal of it answers, with the values typed
     * and every problem at its field
     *
     * @param language the page's language
     * @param carried the result's inputs, carried as hidden fields
     * @param refusal what was typed and the problems
     * @param token whether the service asks for its token
     */
    static String annualPage(Language language, Map<String, String> carried, Refusal refusal, boolean token) {
        Html h = new Html(language);
        h.open(t(language, "text.webAnnualTitle"));
        h.raw("<main id=\"main\">\n");
        annualForm(h, language, carried, refusal, token);
        h.raw("</main>\n");
        return h.close();
    }

    private static void annualForm(Html h, Language language, Map<String, String> carried, Refusal r, boolean token) {
        h.raw("<section class=\"next\" id=\"annual\" aria-labelledby=\"annual-title\">\n<h2 id=\"annual-title\">")
                .text(t(language, "text.webAnnualTitle")).raw("</h2>\n<p>").text(t(language, "text.webAnnualIntro")).raw("</p>\n");
        errors(h, r, Form.ANNUAL, language);
        h.raw("<form method=\"post\" action=\"/report").raw(language == Language.ENGLISH ? "?lang=en" : "")
                .raw("\" enctype=\"multipart/form-data\" novalidate>\n");
        hidden(h, carried);
        input(h, r, Form.ANNUAL, "nationalAverage", language, t(language, "text.webNationalAverage"), "decimal", null);
        input(h, r, Form.ANNUAL, "nationalOffices", language, t(language, "text.webNationalOffices"), "numeric", null);
        textarea(h, r, Form.ANNUAL, "history", t(language, "text.webHistory"), t(language, "text.webHistoryHint"));
        file(h, r, Form.ANNUAL, "plan", t(language, "text.webPlanFile"), ".json,application/json", language);
        input(h, r, Form.ANNUAL, "date", language, t(language, "text.webDate"), null, "YYYY-MM-DD");
        input(h, r, Form.ANNUAL, "signer", language, t(language, "text.webSigner"), null, null);
        input(h, r, Form.ANNUAL, "position", language, t(language, "text.webPosition"), null, null);
        tokenField(h, r, Form.ANNUAL, token, language);
        h.raw("<button type=\"submit\">").text(t(language, "text.webAnnualButton")).raw("</button>\n</form>\n</section>\n");
    }

    /**
     * A file the result page offers: its name, media type, label and content.
     *
     * @param fileName the name it is saved under
     * @param mediaType its media type, with its charset where it is text
     * @param label the format's name on the link
     * @param content its bytes
     */
    record Download(String fileName, String mediaType, String label, byte[] content, Map<String, String> carried) {

        /** The Word document's media type. */
        static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        /** {@return a text file, in UTF-8} */
        static Download text(String fileName, String mediaType, String label, String text) {
            return new Download(fileName, mediaType + ";charset=utf-8", label, text.getBytes(StandardCharsets.UTF_8), null);
        }

        /** {@return a Word document, inlined in the page} */
        static Download word(String fileName, byte[] docx) {
            return new Download(fileName, WORD, "Word", docx, null);
        }

        /**
         * {@return a Word document made when asked}: a button posting the result's inputs to {@code /result.docx},
         * since making a Word document costs a hundred times the page (docs/PERFORMANCE.md)
         */
        static Download wordOnDemand(Map<String, String> carried) {
            return new Download("ita-result.docx", WORD, "Word", null, carried);
        }
    }

    /**
     * {@return the lines of an input's problems}, each at the form field it belongs to: the first segment of its
     * location ({@code office}, {@code fiscalYear}, a file part), {@code indicators/N} at {@code indicatorN}
     *
     * @param problems the problems
     * @param language the reader's language
     * @param fields the names of the form's fields
     */
    static List<Line> lines(List<Problem> problems, Language language, java.util.Set<String> fields) {
        List<Line> lines = new ArrayList<>();
        for (Problem p : problems) {
            String field = field(p.location());
            String at = field != null && fields.contains(field) ? field : null;
            StringBuilder text = new StringBuilder();
            if (at == null && !p.location().isRoot()) {
                text.append(p.location()).append(": ");
            }
            if (p.value() != null) {
                text.append('“').append(p.value()).append("”: ");
            }
            text.append(p.rule(language));
            lines.add(new Line(at, text.toString()));
        }
        return lines;
    }

    /** {@return the lines of sheets' problems: the file, the row, column and header, the value and the rule} */
    static List<Line> lines(ImportException e, Language language) {
        return lines(e, language, (sheet, problem) -> true);
    }

    /** {@return the lines of those of sheets' problems that a test keeps} */
    static List<Line> lines(ImportException e, Language language, java.util.function.BiPredicate<SheetReport, Problem> keep) {
        List<Line> lines = new ArrayList<>();
        for (SheetReport sheet : e.sheets()) {
            for (Problem p : sheet.problems()) {
                if (!keep.test(sheet, p)) {
                    continue;
                }
                String place = CellPlaces.of(sheet, p, language);
                lines.add(new Line(null, sheet.source() + (place.isEmpty() ? "" : ": " + place) + ": "
                        + (p.value() == null ? "" : "“" + p.value() + "”: ") + p.rule(language)));
            }
            if (sheet.omitted() > 0) {
                lines.add(new Line(null, sheet.source() + ": " + Message.of("text.problemsNotListed", sheet.omitted()).text(language)));
            }
        }
        return lines;
    }

    private static String field(Location location) {
        if (location.isRoot() || !(location.segments().get(0) instanceof Location.Property first)) {
            return null;
        }
        if (first.name().equals("indicators") && location.segments().size() > 1
                && location.segments().get(1) instanceof Location.Property number) {
            return "indicator" + number.name();
        }
        return first.name();
    }

    private static void section(Html h, Form form, Refusal r, Language language) {
        h.raw("<section id=\"").raw(form.id).raw("\" aria-labelledby=\"").raw(form.id).raw("-title\">\n<h2 id=\"").raw(form.id)
                .raw("-title\">").text(t(language, "text.web.way." + form.id)).raw("</h2>\n<p>")
                .text(t(language, "text.web.intro." + form.id)).raw("</p>\n");
        errors(h, r, form, language);
    }

    private static void errors(Html h, Refusal r, Form form, Language language) {
        if (r.form() != form || r.lines().isEmpty()) {
            return;
        }
        h.raw("<div class=\"errors\" role=\"alert\" tabindex=\"-1\" id=\"").raw(form.id).raw("-errors\">\n<h3>")
                .text(Message.of("text.webProblems", r.lines().size()).text(language)).raw("</h3>\n<ul>\n");
        for (Line line : r.lines()) {
            h.raw("<li>");
            if (line.field() != null) {
                h.raw("<a href=\"#").raw(form.id).raw('-' + line.field()).raw("\">").text(label(line.field(), language) + ": "
                        + line.text()).raw("</a>");
            } else {
                h.text(line.text());
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
        if (form == Form.SHEETS || form == Form.COHORT || form == Form.REPORT || form == Form.ANNUAL) {
            h.raw("<p>").text(t(language, "text.webFilesAgain")).raw("</p>\n");
        }
        h.raw("</div>\n");
    }

    /** {@return the label of a form field, as the error list names it} */
    private static String label(String field, Language language) {
        if (field.startsWith("indicator")) {
            return Message.of("text.indicator4").text(language) + field.substring("indicator".length());
        }
        return switch (field) {
            case "office" -> t(language, "text.webOffice");
            case "fiscalYear" -> t(language, "text.webFiscalYear");
            case "edition" -> t(language, "text.webEdition");
            case "scores" -> t(language, "text.webPasteLabel");
            case "indicators" -> t(language, "text.webScoresLegend");
            case "iit" -> t(language, "text.webIitFile");
            case "eit" -> t(language, "text.webEitFile");
            case "oit" -> t(language, "text.webOitFile");
            case "map" -> t(language, "text.webMapFile");
            case "staff" -> t(language, "text.webStaff");
            case "stakeholders" -> t(language, "text.webStakeholders");
            case "catalogue" -> t(language, "text.webCatalogue");
            case "report" -> t(language, "text.webReportFile");
            case "cohort" -> t(language, "text.webCohortFile");
            case "passRate" -> t(language, "text.webPassRate");
            case "token" -> t(language, "text.webToken");
            case "target" -> t(language, "text.webTarget");
            case "nationalAverage" -> t(language, "text.webNationalAverage");
            case "nationalOffices" -> t(language, "text.webNationalOffices");
            case "history" -> t(language, "text.webHistory");
            case "plan" -> t(language, "text.webPlanFile");
            case "date" -> t(language, "text.webDate");
            case "signer" -> t(language, "text.webSigner");
            case "position" -> t(language, "text.webPosition");
            default -> field;
        };
    }

    private static void officeAndYear(Html h, Refusal r, Form form, Language language, List<Edition> editions) {
        input(h, r, form, "office", language, t(language, "text.webOffice"), null, null);
        input(h, r, form, "fiscalYear", language, t(language, "text.webFiscalYear"), "numeric", null);
        String id = form.id + "-edition";
        String chosen = r.form() == form ? r.values().getOrDefault("edition", "") : "";
        h.raw("<div class=\"field\">\n<label for=\"").raw(id).raw("\">").text(t(language, "text.webEdition")).raw("</label>\n")
                .raw("<select id=\"").raw(id).raw("\" name=\"edition\"").raw(described(r, form, "edition")).raw(">\n<option value=\"\">")
                .text(t(language, "text.webEditionByYear")).raw("</option>\n");
        for (Edition e : editions) {
            h.raw("<option value=\"").text(e.id()).raw('"').raw(e.id().equals(chosen) ? " selected" : "").raw('>')
                    .text(e.id() + ": " + e.title().in(language)).raw("</option>\n");
        }
        h.raw("</select>\n");
        fieldErrors(h, r, form, "edition");
        h.raw("</div>\n");
    }

    /** The OIT catalogue a checklist answers: the edition's by default, or a built-in one for FY2562, 2566, 2567. */
    private static void catalogueSelect(Html h, Refusal r, Form form, Language language) {
        String id = form.id + "-catalogue";
        String chosen = r.form() == form ? r.values().getOrDefault("catalogue", "") : "";
        h.raw("<div class=\"field\">\n<label for=\"").raw(id).raw("\">").text(t(language, "text.webCatalogue")).raw("</label>\n")
                .raw("<p class=\"hint\" id=\"").raw(id).raw("-hint\">").text(t(language, "text.webCatalogueHint")).raw("</p>\n")
                .raw("<select id=\"").raw(id).raw("\" name=\"catalogue\"")
                .raw(hasError(r, form, "catalogue") ? " aria-invalid=\"true\" aria-describedby=\"" + id + "-hint " + id + "-error\""
                        : " aria-describedby=\"" + id + "-hint\"").raw(">\n<option value=\"\">")
                .text(t(language, "text.webCatalogueByEdition")).raw("</option>\n");
        for (String name : org.itascore.oit.OitCatalogue.builtInNames()) {
            h.raw("<option value=\"").text(name).raw('"').raw(name.equals(chosen) ? " selected" : "").raw('>').text(name)
                    .raw("</option>\n");
        }
        h.raw("</select>\n");
        fieldErrors(h, r, form, "catalogue");
        h.raw("</div>\n");
    }

    private static void input(Html h, Refusal r, Form form, String name, Language language, String label, String mode,
            String placeholder) {
        String id = form.id + '-' + name;
        String value = r.form() == form ? r.values().getOrDefault(name, "") : "";
        h.raw("<div class=\"field\">\n<label for=\"").raw(id).raw("\">").text(label).raw("</label>\n<input id=\"").raw(id)
                .raw("\" name=\"").raw(name).raw("\" type=\"text\" value=\"").text(value).raw('"')
                .raw(mode == null ? "" : " inputmode=\"" + mode + "\"")
                .raw(placeholder == null ? "" : " placeholder=\"" + placeholder + "\"")
                .raw(described(r, form, name)).raw("/>\n");
        fieldErrors(h, r, form, name);
        h.raw("</div>\n");
    }

    private static void textarea(Html h, Refusal r, Form form, String name, String label, String hint) {
        String id = form.id + '-' + name;
        String value = r.form() == form ? r.values().getOrDefault(name, "") : "";
        h.raw("<div class=\"field wide\">\n<label for=\"").raw(id).raw("\">").text(label).raw("</label>\n<p class=\"hint\" id=\"")
                .raw(id).raw("-hint\">").text(hint).raw("</p>\n<textarea id=\"").raw(id).raw("\" name=\"").raw(name)
                .raw("\" rows=\"2\" aria-describedby=\"").raw(id).raw("-hint\"")
                .raw(hasError(r, form, name) ? " aria-invalid=\"true\"" : "").raw('>').text(value).raw("</textarea>\n");
        fieldErrors(h, r, form, name);
        h.raw("</div>\n");
    }

    private static void file(Html h, Refusal r, Form form, String name, String label, String accept, Language language) {
        String id = form.id + '-' + name;
        h.raw("<div class=\"field\">\n<label for=\"").raw(id).raw("\">").text(label).raw("</label>\n<input id=\"").raw(id)
                .raw("\" name=\"").raw(name).raw("\" type=\"file\" accept=\"").raw(accept).raw('"').raw(described(r, form, name))
                .raw("/>\n");
        fieldErrors(h, r, form, name);
        h.raw("</div>\n");
    }

    private static void tokenField(Html h, Refusal r, Form form, boolean token, Language language) {
        if (!token) {
            return;
        }
        String id = form.id + "-token";
        h.raw("<div class=\"field\">\n<label for=\"").raw(id).raw("\">").text(t(language, "text.webToken")).raw("</label>\n")
                .raw("<input id=\"").raw(id).raw("\" name=\"token\" type=\"password\" autocomplete=\"current-password\"")
                .raw(described(r, form, "token")).raw("/>\n");
        fieldErrors(h, r, form, "token");
        h.raw("</div>\n");
    }

    private static boolean hasError(Refusal r, Form form, String name) {
        return r.form() == form && r.lines().stream().anyMatch(l -> name.equals(l.field()));
    }

    private static String described(Refusal r, Form form, String name) {
        return hasError(r, form, name) ? " aria-invalid=\"true\" aria-describedby=\"" + form.id + '-' + name + "-error\"" : "";
    }

    private static void fieldErrors(Html h, Refusal r, Form form, String name) {
        if (!hasError(r, form, name)) {
            return;
        }
        h.raw("<p class=\"error\" id=\"").raw(form.id).raw('-' + name).raw("-error\">");
        boolean first = true;
        for (Line line : r.lines()) {
            if (name.equals(line.field())) {
                h.raw(first ? "" : "<br/>").text(line.text());
                first = false;
            }
        }
        h.raw("</p>\n");
    }

    private static String query(Language language, Form form) {
        return (language == Language.ENGLISH ? "?lang=en" : "") + "#" + form.id;
    }

    private static String t(Language language, String code) {
        return Message.of(code).text(language);
    }

    /**
     * {@return a page that only says something: a refused token, a page not found}
     *
     * @param language the page's language
     * @param title the page's heading
     * @param text what it says
     */
    static String notice(Language language, String title, String text) {
        Html h = new Html(language);
        h.open(title);
        h.raw("<main id=\"main\">\n<h1>").text(title).raw("</h1>\n<p>").text(text).raw("</p>\n<p><a href=\"/")
                .raw(language == Language.ENGLISH ? "?lang=en" : "").raw("\">").text(t(language, "text.webBack"))
                .raw("</a></p>\n</main>\n");
        return h.close();
    }

    /** A page being written: text escaped, markup as given. */
    static final class Html {
        private final Language language;
        private final StringBuilder out = new StringBuilder(16_384);
        private int bodyStart;

        Html(Language language) {
            this.language = language;
        }

        void open(String title) {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
            text(title);
            out.append("</title>\n").append(CSS_LINK).append("</head>\n<body>\n");
            out.append("<a class=\"skip\" href=\"#main\">").append(esc(t(language, "text.webSkip"))).append("</a>\n");
            out.append("<header class=\"bar\">\n<a class=\"brand\" href=\"/").append(language == Language.ENGLISH ? "?lang=en" : "")
                    .append("\">").append(esc(t(language, "text.webBrand"))).append("</a>\n");
            if (language == Language.THAI) {
                out.append("<a class=\"lang\" href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>\n");
            } else {
                out.append("<a class=\"lang\" href=\"/\" hreflang=\"th\" lang=\"th\">ภาษาไทย</a>\n");
            }
            out.append("</header>\n");
            bodyStart = out.length();
        }

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html raw(char c) {
            out.append(c);
            return this;
        }

        Html text(String text) {
            out.append(esc(text));
            return this;
        }

        String body() {
            return out.substring(bodyStart);
        }

        String close() {
            out.append("<footer class=\"foot\">").append(esc(t(language, "text.webFooter"))).append("</footer>\n</body>\n</html>\n");
            return out.toString();
        }
    }

    /** {@return a text escaped for HTML text and attribute values} */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

package org.itascore.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.Fields;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.assess.Assessment;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.cohort.CohortRequest;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.RecordProblem;
import org.itascore.json.ItaJson;
import org.itascore.raw.RawAssessment;
import org.itascore.render.CohortCsv;
import org.itascore.render.CohortDashboard;
import org.itascore.render.HtmlReport;
import org.itascore.docx.Docx;
import org.itascore.render.AssessmentDocument;
import org.itascore.render.ResultCsv;
import org.itascore.render.Style;
import org.itascore.report.ReportRequest;
import org.itascore.table.ImportException;

/**
 * The web app for office staff and supervisors, served at {@code /} beside the API: the home page with its three
 * ways in, {@code POST /score} (ten typed scores as {@code application/x-www-form-urlencoded}; a report file, or
 * Google Forms exports with the parts of {@code POST /v1/raw-assessments}, as {@code multipart/form-data}) and
 * {@code POST /cohort} (the file in the part {@code cohort}, the target in {@code passRate}), each answered with an
 * HTML page. It maps form fields onto the core's requests and renders with ita-render; it holds no rule of its own.
 *
 * <p>Thai unless the query says {@code lang=en}. A refused form comes back with what was typed and every problem
 * next to its field; files must be chosen again, as browsers never fill a file field. When the service has a token,
 * each form asks for it and a post without it is refused, as the API refuses a request without its header. Pages
 * carry a strict Content-Security-Policy, no script and no cookie.
 */
final class WebApp {

    private static final String HTML = "text/html";
    private static final Set<String> TYPED_FIELDS = Set.of("office", "fiscalYear", "edition", "scores", "token", "indicators",
            "indicator1", "indicator2", "indicator3", "indicator4", "indicator5", "indicator6", "indicator7", "indicator8",
            "indicator9", "indicator10");
    private static final Set<String> SHEET_FIELDS = Set.of("iit", "eit", "oit", "map", "office", "fiscalYear", "edition",
            "staff", "stakeholders", "catalogue", "token");
    private static final Set<String> COHORT_FIELDS = Set.of("cohort", "passRate", "token");
    private static final Set<String> ASSETS = Set.of("app.css", "fonts.css", "frame.css", "icon.svg", "fonts/sarabun-thai-400-normal.woff2",
            "fonts/sarabun-thai-700-normal.woff2", "fonts/sarabun-latin-400-normal.woff2", "fonts/sarabun-latin-700-normal.woff2",
            "fonts/OFL.txt");

    private WebApp() {
    }

    /**
     * Adds the web app's routes.
     *
     * @param routes the service's routes
     * @param service the shared state
     */
    static void routes(PathMappingsHandler routes, Service service) {
        routes.addMapping(PathSpec.from("^/$"), page(service, "GET", x -> page(x, 200,
                WebPages.home(language(x), service.editions().all(), service.token().isPresent(), null))));
        routes.addMapping(PathSpec.from("/assets/*"), page(service, "GET", x -> asset(x, x.path().substring("/assets/".length()))));
        routes.addMapping(PathSpec.from("/favicon.ico"), page(service, "GET", x -> asset(x, "icon.svg")));
        routes.addMapping(PathSpec.from("/score"), page(service, "POST", x -> score(service, x)));
        routes.addMapping(PathSpec.from("/cohort"), page(service, "POST", x -> cohort(service, x)));
        routes.addMapping(PathSpec.from("/whatif"), page(service, "POST", x -> whatIf(service, x)));
        routes.addMapping(PathSpec.from("/mapping"), page(service, "POST", x -> mapped(service, x)));
        routes.addMapping(PathSpec.from("/report"), page(service, "POST", x -> annual(service, x)));
        routes.addMapping(PathSpec.from("/result.docx"), page(service, "POST", x -> resultDocument(service, x)));
    }

    /** What a page answers. */
    @FunctionalInterface
    private interface Page {
        Endpoint.Reply answer(Endpoint.Exchange exchange) throws IOException;
    }

    private static Endpoint page(Service service, String method, Page page) {
        // open: the token is asked for in the forms, not in a header a browser cannot send
        return new Endpoint(service, method, true) {
            @Override
            Reply answer(Exchange x) throws IOException {
                x.response().getHeaders().put("X-Content-Type-Options", "nosniff");
                x.response().getHeaders().put("Referrer-Policy", "no-referrer");
                x.response().getHeaders().put("X-Frame-Options", "DENY");
                try {
                    return page.answer(x);
                } catch (RawUploads.Unreadable e) {
                    // a form's body over a bound of uploads, or not a form's: its problem on a page, the connection closed
                    x.response().getHeaders().put(HttpHeader.CONNECTION, "close");
                    return problems(x, language(x), 400, List.of(e.problem()));
                } catch (InvalidInputException e) {
                    // what the form's parts break before any field is read: a file's name, a field's length
                    return problems(x, language(x), 400, e.problems());
                }
            }
        };
    }

    private static Endpoint.Reply page(Endpoint.Exchange x, int status, String html) {
        x.response().getHeaders().put("Content-Security-Policy", WebPages.contentSecurityPolicy(html));
        // private: no shared cache keeps an office's figures; not no-store, which would make the browser's Back from
        // what-if to the result a "resubmit the form?" error
        x.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "private, no-cache");
        return new Endpoint.Reply(status, HTML, html);
    }

    private static Language language(Endpoint.Exchange x) {
        String lang = Request.extractQueryParameters(x.request()).getValue("lang");
        return "en".equals(lang) ? Language.ENGLISH : Language.THAI;
    }

    private static Endpoint.Reply asset(Endpoint.Exchange x, String name) throws IOException {
        if (!ASSETS.contains(name)) {
            return page(x, 404, WebPages.notice(language(x), Message.of("text.webNotFound").text(language(x)), x.path()));
        }
        try (InputStream in = WebApp.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the asset " + name + " is missing from the jar");
            }
            x.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=86400");
            String type = name.endsWith(".css") ? "text/css" : name.endsWith(".woff2") ? "font/woff2"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/plain";
            return new Endpoint.Reply(200, type, in.readAllBytes());
        }
    }

    private static Endpoint.Reply score(Service service, Endpoint.Exchange x) throws IOException {
        Language language = language(x);
        String media = Endpoint.mediaType(x.request());
        if (media.equals("application/x-www-form-urlencoded")) {
            return typed(service, x, language);
        }
        if (!media.equals("multipart/form-data")) {
            return unsupported(x, language);
        }
        try (Uploaded upload = Uploaded.of(service, x)) {
            List<MultiPart.Part> parts = upload.parts();
            Map<String, String> values = values(parts, Set.of("office", "fiscalYear", "edition", "staff", "stakeholders",
                    "catalogue"));
            boolean report = parts.stream().anyMatch(p -> "report".equals(p.getName()));
            WebPages.Form form = report ? WebPages.Form.REPORT : WebPages.Form.SHEETS;
            if (!tokenGiven(service, x, field(parts, "token"))) {
                return refused(service, x, language, form, values, List.of(tokenLine(language)), 401);
            }
            parts.removeIf(p -> "token".equals(p.getName()));
            try {
                if (report) {
                    return reportFile(service, x, language, parts);
                }
                return sheets(service, x, language, parts, values);
            } catch (ImportException e) {
                return refused(service, x, language, form, values, WebPages.lines(e, language), 422);
            } catch (InvalidInputException e) {
                return refused(service, x, language, form, values, WebPages.lines(e.problems(), language,
                        report ? Set.of("report", "token") : SHEET_FIELDS), 422);
            }
        }
    }

    /**
     * Scores the Google Forms exports of the form; when a responses sheet's headers are not all recognised, answers
     * the mapping page instead of the error list, the files carried in it.
     */
    private static Endpoint.Reply sheets(Service service, Endpoint.Exchange x, Language language, List<MultiPart.Part> parts,
            Map<String, String> values) throws IOException {
        List<org.itascore.Problem> problems = new ArrayList<>();
        Map<String, WebMapping.File> files = new LinkedHashMap<>();
        org.itascore.table.ImportMapping mapping = org.itascore.table.ImportMapping.PROPOSED;
        for (MultiPart.Part p : parts) {
            String name = p.getName() == null ? "" : p.getName();
            if (!SHEET_FIELDS.contains(name)) {
                problems.add(new org.itascore.Problem(org.itascore.ProblemKind.UNKNOWN_FIELD,
                        org.itascore.Location.of(name.isEmpty() ? "-" : name), null, Message.of("http.uploadParts")));
            } else if (name.equals("map")) {
                try (InputStream in = Content.Source.asInputStream(p.getContentSource())) {
                    mapping = service.json().readImportMapping(in);
                } catch (InvalidInputException e) {
                    problems.addAll(e.under(org.itascore.Location.of("map")).problems());
                }
            } else if (p.getFileName() != null) {
                try (InputStream in = Content.Source.asInputStream(p.getContentSource())) {
                    files.put(name, new WebMapping.File(p.getFileName().isBlank() ? name : p.getFileName(), in.readAllBytes()));
                }
            }
        }
        Map<String, RawUploads.Upload> uploads = new LinkedHashMap<>();
        files.forEach((name, file) -> uploads.put(name, file.upload()));
        try {
            return rawResult(service, x, language, service.uploads().sheets(uploads, values, mapping, null, problems));
        } catch (ImportException e) {
            if (!WebMapping.fixable(e, files)) {
                throw e;
            }
            org.itascore.table.TableImport in = service.uploads().request(uploads, values, mapping, null).open();
            // the header problems are what the table shows, column by column: the list keeps the others
            return page(x, 422, WebMapping.page(language, in, files, values, Map.of(),
                    WebPages.lines(e, language, (sheet, p) -> !WebMapping.mapped(sheet, p, files)), service.token().isPresent()));
        }
    }

    /** The mapping page's post: the choices made, the files it carried; scores with the map, or downloads it. */
    private static Endpoint.Reply mapped(Service service, Endpoint.Exchange x) {
        Language language = language(x);
        if (!Endpoint.mediaType(x.request()).equals("application/x-www-form-urlencoded")) {
            return unsupported(x, language);
        }
        // the files ride in the form: as many fields and bytes as the service reads in a body
        Fields form = FormFields.getFields(x.request(), 10_000, (int) Math.min(Integer.MAX_VALUE, service.maxBody()));
        Map<String, String> all = new LinkedHashMap<>();
        form.forEach(f -> all.put(f.getName(), f.getValue()));
        if (!tokenGiven(service, x, all.get("token"))) {
            return page(x, 401, WebPages.notice(language, Message.of("text.webToken").text(language),
                    Message.of("text.webTokenRefused").text(language)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("office", "fiscalYear", "edition", "staff", "stakeholders", "catalogue")) {
            values.put(name, blankless(all.get(name)));
        }
        Map<String, WebMapping.File> files;
        org.itascore.table.ImportMapping mapping;
        try {
            files = WebMapping.files(all);
            mapping = WebMapping.mapping(files, WebMapping.choices(all));
        } catch (InvalidInputException e) {
            return problems(x, language, e);
        }
        if ("download".equals(all.get("action"))) {
            x.response().getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"ita-map.json\"");
            return new Endpoint.Reply(200, "application/json", service.json().write(mapping));
        }
        Map<String, RawUploads.Upload> uploads = new LinkedHashMap<>();
        files.forEach((name, file) -> uploads.put(name, file.upload()));
        try {
            return rawResult(service, x, language, service.uploads().sheets(uploads, values, mapping, null, List.of()));
        } catch (ImportException e) {
            org.itascore.table.TableImport in = service.uploads().request(uploads, values, mapping, null).open();
            return page(x, 422, WebMapping.page(language, in, files, values, WebMapping.choices(all), WebPages.lines(e, language),
                    service.token().isPresent()));
        } catch (InvalidInputException e) {
            return problems(x, language, e);
        }
    }

    private static Endpoint.Reply typed(Service service, Endpoint.Exchange x, Language language) {
        Fields fields = FormFields.getFields(x.request());
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : TYPED_FIELDS) {
            String value = fields.getValue(name);
            if (value != null && !name.equals("token")) {
                values.put(name, value);
            }
        }
        if (!tokenGiven(service, x, fields.getValue("token"))) {
            return refused(service, x, language, WebPages.Form.TYPED, values, List.of(tokenLine(language)), 401);
        }
        try {
            ReportRequest.Builder b = ReportRequest.builder(service.editions()).office(blankless(values.get("office")))
                    .fiscalYear(blankless(values.get("fiscalYear"))).edition(blankless(values.get("edition")))
                    .scores(blankless(values.get("scores")));
            for (int i = 1; i <= 10; i++) {
                b.score(i, blankless(values.get("indicator" + i)));
            }
            Assessment a = b.build().run();
            return result(service, x, language, a, List.of());
        } catch (InvalidInputException e) {
            return refused(service, x, language, WebPages.Form.TYPED, values,
                    WebPages.lines(e.problems(), language, TYPED_FIELDS), 422);
        }
    }

    private static Endpoint.Reply reportFile(Service service, Endpoint.Exchange x, Language language, List<MultiPart.Part> parts)
            throws IOException {
        MultiPart.Part part = parts.stream().filter(p -> "report".equals(p.getName())).findFirst().orElseThrow();
        AuditReport audit;
        try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
            audit = Auditor.audit(service.json().readReport(in), service.editions());
        } catch (InvalidInputException e) {
            throw e.under(org.itascore.Location.of("report"));
        }
        return result(service, x, language, audit.assessment(), audit.findings());
    }

    private static Endpoint.Reply rawResult(Service service, Endpoint.Exchange x, Language language, RawUploads.Scored scored) {
        List<RawAssessment> raws = scored.raws();
        String notes = notes(scored.notes(), language);
        Style style = new Style(language, false);
        ItaJson out = service.out(Languages.DEFAULT);
        if (raws.size() == 1) {
            RawAssessment raw = raws.get(0);
            String html = HtmlReport.render(raw, style);
            // a result from raw data has its own Word document (questions, findings), which its inputs, files, cannot be
            // carried to make later: inlined
            return page(x, 200, WebPages.framed(html, language, downloads(out.write(raw), raw.assessment(), style,
                    WebPages.Download.word("ita-result.docx", Docx.write(AssessmentDocument.of(raw, style)))), notes, WebPages.nextSteps(raw.assessment(), language,
                    service.token().isPresent())));
        }
        // an office column: each office's page, one after another in one document
        String json = "[" + String.join(",", raws.stream().map(out::write).toList()) + "]";
        StringBuilder all = new StringBuilder();
        for (RawAssessment raw : raws) {
            String page = HtmlReport.render(raw, style);
            int body = page.indexOf("<body>\n") + "<body>\n".length();
            if (all.length() == 0) {
                all.append(page, 0, body);
            }
            all.append(page, body, page.lastIndexOf("</body>"));
        }
        all.append("</body>\n</html>\n");
        return page(x, 200, WebPages.framed(all.toString(), language, List.of(
                WebPages.Download.text("ita-results.json", "application/json", "JSON", json)), notes, ""));
    }

    /** {@return what the reading of the sheets decided, shown above the result (hidden when printed), or empty} */
    private static String notes(List<Message> notes, Language language) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section class=\"reading-notes\">\n<ul>\n");
        notes.forEach(n -> h.append("<li>").append(WebPages.esc(n.text(language))).append("</li>\n"));
        return h.append("</ul>\n</section>\n").toString();
    }

    private static Endpoint.Reply result(Service service, Endpoint.Exchange x, Language language, Assessment a,
            List<org.itascore.Finding> findings) {
        Style style = new Style(language, false);
        String html = HtmlReport.render(a, findings, List.of(), style);
        // the Word document is made when asked, from the result's inputs the page carries, unless it says more than
        // they do (findings) or the service asks for a token, which a download button would have to carry
        WebPages.Download word = findings.isEmpty() && service.token().isEmpty() ? WebPages.Download.wordOnDemand(WebPages.carried(a))
                : WebPages.Download.word("ita-result.docx", Docx.write(AssessmentDocument.of(a, findings, List.of(), style)));
        return page(x, 200, WebPages.framed(html, language, downloads(service.out(Languages.DEFAULT).write(a), a, style, word), "",
                WebPages.nextSteps(a, language, service.token().isPresent())));
    }

    /** {@return what a result page offers: the result's JSON, its CSV and its Word document} */
    private static List<WebPages.Download> downloads(String json, Assessment a, Style style, WebPages.Download word) {
        return List.of(WebPages.Download.text("ita-result.json", "application/json", "JSON", json),
                WebPages.Download.text("ita-result.csv", "text/csv", "CSV", ResultCsv.render(a, style)), word);
    }

    /**
     * {@code POST /result.docx}: the Word document of a result whose page carried its inputs (a download button),
     * made only when asked.
     */
    private static Endpoint.Reply resultDocument(Service service, Endpoint.Exchange x) {
        return fromCarried(service, x, (fields, a, language) -> {
            byte[] docx = Docx.write(AssessmentDocument.of(a, List.of(), List.of(), new Style(language, false)));
            x.response().getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"ita-result.docx\"");
            x.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "private, no-store");
            return new Endpoint.Reply(200, WebPages.Download.WORD, docx);
        });
    }

    private static Endpoint.Reply cohort(Service service, Endpoint.Exchange x) throws IOException {
        Language language = language(x);
        if (!Endpoint.mediaType(x.request()).equals("multipart/form-data")) {
            return unsupported(x, language);
        }
        try (Uploaded upload = Uploaded.of(service, x)) {
            List<MultiPart.Part> parts = upload.parts();
            Map<String, String> values = values(parts, Set.of("passRate"));
            if (!tokenGiven(service, x, field(parts, "token"))) {
                return refused(service, x, language, WebPages.Form.COHORT, values, List.of(tokenLine(language)), 401);
            }
            List<org.itascore.Problem> problems = new ArrayList<>();
            for (MultiPart.Part p : parts) {
                if (!COHORT_FIELDS.contains(p.getName())) {
                    problems.add(new org.itascore.Problem(org.itascore.ProblemKind.UNKNOWN_FIELD,
                            org.itascore.Location.of(p.getName() == null ? "-" : p.getName()), null, Message.of("http.uploadParts")));
                }
            }
            MultiPart.Part file = parts.stream().filter(p -> "cohort".equals(p.getName())).findFirst().orElse(null);
            if (file == null) {
                problems.add(new org.itascore.Problem(org.itascore.ProblemKind.MISSING, org.itascore.Location.of("cohort"), null,
                        Message.of("text.webCohortMissing")));
            }
            CohortRequest request = null;
            try {
                request = CohortRequest.builder().passRate(values.get("passRate")).planTo("pass").build();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                return refused(service, x, language, WebPages.Form.COHORT, values,
                        WebPages.lines(problems, language, COHORT_FIELDS), 422);
            }
            CohortResult result;
            try (InputStream in = Content.Source.asInputStream(file.getContentSource())) {
                result = org.itascore.csv.SheetFiles.readCohortFile(request.open(service.editions()), service.editions(),
                        file.getFileName() == null ? "cohort" : file.getFileName(), in, service.json()::readCohort);
            } catch (InvalidInputException e) {
                // a sheet's problems are told at its cells, a JSON document's at its pointers
                String source = file.getFileName() == null || file.getFileName().isBlank() ? "cohort" : file.getFileName();
                List<WebPages.Line> lines = new ArrayList<>();
                for (org.itascore.Problem p : e.problems()) {
                    String at = org.itascore.table.Cells.row(p.location()).isPresent()
                            ? source + ": " + org.itascore.table.CellPlaces.of(new org.itascore.table.SheetReport(source,
                                    com.google.common.collect.ImmutableList.of(), 0, 0, 0, 0,
                                    com.google.common.collect.ImmutableList.of(), 0, com.google.common.collect.ImmutableList.of()),
                                    p, language) + ": "
                            : p.location().isRoot() ? "" : source + ": " + p.location() + ": ";
                    lines.add(new WebPages.Line("cohort", at + (p.value() == null ? "" : "“" + p.value() + "”: ")
                            + p.rule(language)));
                }
                return refused(service, x, language, WebPages.Form.COHORT, values, lines, 422);
            }
            Rational share = request.passRate().share();
            Style style = new Style(language, false);
            String html = CohortDashboard.render(result, share, style);
            return page(x, 200, WebPages.framed(html, language, List.of(
                    WebPages.Download.text("ita-cohort.csv", "text/csv", "CSV", CohortCsv.render(result, style))),
                    leftOut(result, language), ""));
        }
    }

    /** The fields a result carries to the next page: office, year, edition and the ten indicator scores. */
    private static final List<String> CARRIED = List.of("office", "fiscalYear", "edition", "indicator1", "indicator2",
            "indicator3", "indicator4", "indicator5", "indicator6", "indicator7", "indicator8", "indicator9", "indicator10");

    /** {@return the result a next-step form carries, as the request of typed results} */
    private static ReportRequest.Builder carried(Service service, Map<String, String> fields) {
        ReportRequest.Builder b = ReportRequest.builder(service.editions()).office(fields.get("office"))
                .fiscalYear(fields.get("fiscalYear")).edition(blankless(fields.get("edition")));
        for (int i = 1; i <= 10; i++) {
            b.score(i, blankless(fields.get("indicator" + i)));
        }
        return b;
    }

    /** What a next-step form answers from the result its page carried. */
    @FunctionalInterface
    private interface CarriedStep {
        Endpoint.Reply answer(Fields fields, Assessment result, Language language);
    }

    /**
     * {@return the answer of a next-step form}: its fields read, the token checked, the result rebuilt from the
     * inputs the page carried; a problem there is of a page tampered with or out of date, listed on a page
     */
    private static Endpoint.Reply fromCarried(Service service, Endpoint.Exchange x, CarriedStep step) {
        Language language = language(x);
        if (!Endpoint.mediaType(x.request()).equals("application/x-www-form-urlencoded")) {
            return unsupported(x, language);
        }
        Fields fields = FormFields.getFields(x.request());
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : CARRIED) {
            values.put(name, fields.getValue(name));
        }
        if (!tokenGiven(service, x, fields.getValue("token"))) {
            return page(x, 401, WebPages.notice(language, Message.of("text.webToken").text(language),
                    Message.of("text.webTokenRefused").text(language)));
        }
        try {
            return step.answer(fields, carried(service, values).build().run(), language);
        } catch (InvalidInputException e) {
            return problems(x, language, e);
        }
    }

    private static Endpoint.Reply whatIf(Service service, Endpoint.Exchange x) {
        return fromCarried(service, x, (fields, a, language) -> {
            // a score typed is the target; else the one chosen from the list
            String score = blankless(fields.getValue("targetScore"));
            org.itascore.whatif.WhatIfRequest request = org.itascore.whatif.WhatIfRequest.of(score != null ? score
                    : fields.getValue("target"));
            org.itascore.whatif.WhatIf answers = request.run(a);
            Style style = new Style(language, false);
            return page(x, 200, WebPages.framed(org.itascore.render.WhatIfHtml.render(answers, style), language,
                    List.of(WebPages.Download.text("ita-whatif.json", "application/json", "JSON",
                            service.out(Languages.DEFAULT).writeValue(answers))), "", ""));
        });
    }

    private static Endpoint.Reply annual(Service service, Endpoint.Exchange x) throws IOException {
        Language language = language(x);
        if (!Endpoint.mediaType(x.request()).equals("multipart/form-data")) {
            return unsupported(x, language);
        }
        try (Uploaded upload = Uploaded.of(service, x)) {
            List<MultiPart.Part> parts = upload.parts();
            Map<String, String> carried = new LinkedHashMap<>();
            for (String name : CARRIED) {
                String value = field(parts, name);
                if (value != null) {
                    carried.put(name, value);
                }
            }
            Map<String, String> values = values(parts, Set.of("nationalAverage", "nationalOffices", "history", "date", "signer",
                    "position"));
            boolean token = service.token().isPresent();
            if (!tokenGiven(service, x, field(parts, "token"))) {
                return page(x, 401, WebPages.annualPage(language, carried, new WebPages.Refusal(WebPages.Form.ANNUAL, values,
                        List.of(tokenLine(language))), token));
            }
            List<org.itascore.Problem> problems = new ArrayList<>();
            ReportRequest request = null;
            try {
                request = carried(service, carried).history(values.get("history")).build();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            org.itascore.annual.AnnualRequest settings = null;
            try {
                settings = org.itascore.annual.AnnualRequest.builder().nationalAverage(values.get("nationalAverage"))
                        .nationalOffices(values.get("nationalOffices")).date(values.get("date")).signer(values.get("signer"))
                        .position(values.get("position")).build();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            java.util.Optional<org.itascore.plan.ActionPlan> plan = java.util.Optional.empty();
            MultiPart.Part planPart = parts.stream().filter(p -> "plan".equals(p.getName())).findFirst().orElse(null);
            if (planPart != null) {
                try (InputStream in = Content.Source.asInputStream(planPart.getContentSource())) {
                    plan = java.util.Optional.of(service.json().readPlan(in).plan());
                } catch (InvalidInputException e) {
                    problems.addAll(e.under(org.itascore.Location.of("plan")).problems());
                }
            }
            if (problems.isEmpty()) {
                try {
                    org.itascore.annual.AnnualAnalysis analysis = org.itascore.annual.AnnualAnalysis.of(request.report(),
                            service.editions(), settings.average(null), plan);
                    Style style = new Style(language, false);
                    Assessment a = analysis.assessment();
                    return page(x, 200, WebPages.framed(org.itascore.render.AnnualHtml.render(analysis, settings.date(),
                            settings.signature(), style), language, downloads(service.out(Languages.DEFAULT).write(a), a, style,
                            WebPages.Download.word("ita-result.docx", Docx.write(org.itascore.render.AnnualDocument.of(analysis,
                                    settings.date(), settings.signature(), style)))),
                            "", ""));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            return page(x, 422, WebPages.annualPage(language, carried, new WebPages.Refusal(WebPages.Form.ANNUAL, values,
                    WebPages.lines(problems, language, Set.of("nationalAverage", "nationalOffices", "history", "plan", "date",
                            "signer", "position", "token"))), token));
        }
    }

    /** {@return the records a cohort left out, each with its problems, as a section under the bar; empty when none} */
    private static String leftOut(CohortResult result, Language language) {
        if (result.problems().isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section class=\"left-out\">\n<h2>")
                .append(WebPages.esc(Message.of("text.webLeftOut", result.refused()).text(language))).append("</h2>\n<ul>\n");
        for (RecordProblem r : result.problems()) {
            for (org.itascore.Problem p : r.problems()) {
                h.append("<li>").append(WebPages.esc(Message.of("text.webRecord", r.index() + 1).text(language)
                        + r.office().map(o -> Message.of("text.ofOffice", o).text(language)).orElse("") + ": "
                        + (p.location().isRoot() ? "" : p.location() + ": ")
                        + (p.value() == null ? "" : "“" + p.value() + "”: ") + p.rule(language))).append("</li>\n");
            }
        }
        if (result.omittedProblems() > 0) {
            h.append("<li>").append(WebPages.esc(Message.of("text.recordsLeftOut", result.omittedProblems()).text(language)))
                    .append("</li>\n");
        }
        return h.append("</ul>\n</section>\n").toString();
    }

    /** {@return the page for a post that is not a web form of the kind the path takes} */
    private static Endpoint.Reply unsupported(Endpoint.Exchange x, Language language) {
        return page(x, 415, WebPages.notice(language, Message.of("text.webUnsupported").text(language),
                Message.of("text.webUnsupportedDetail").text(language)));
    }

    /**
     * {@return the page for problems of fields a person did not type (a page's carried fields, tampered with or out
     * of date)}: the problems listed on a page of their own
     */
    private static Endpoint.Reply problems(Endpoint.Exchange x, Language language, InvalidInputException e) {
        return problems(x, language, 422, e.problems());
    }

    private static Endpoint.Reply problems(Endpoint.Exchange x, Language language, int status, List<Problem> problems) {
        return page(x, status, WebPages.notice(language, Message.of("text.webProblems", problems.size()).text(language),
                String.join("; ", WebPages.lines(problems, language, Set.of()).stream().map(WebPages.Line::text).toList())));
    }

    private static Endpoint.Reply refused(Service service, Endpoint.Exchange x, Language language, WebPages.Form form,
            Map<String, String> values, List<WebPages.Line> lines, int status) {
        return page(x, status, WebPages.home(language, service.editions().all(), service.token().isPresent(),
                new WebPages.Refusal(form, values, lines)));
    }

    private static WebPages.Line tokenLine(Language language) {
        return new WebPages.Line("token", Message.of("text.webTokenRefused").text(language));
    }

    /** {@return whether the service needs no token, or the form or the header gives it} (compared in constant time) */
    private static boolean tokenGiven(Service service, Endpoint.Exchange x, String field) {
        if (service.token().isEmpty()) {
            return true;
        }
        String header = x.request().getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = field != null ? field : header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        return given != null && MessageDigest.isEqual(service.token().orElseThrow(), given.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart form as posted: the parts it filled in; closing it deletes the parts' temporary files. */
    private record Uploaded(MultiPartFormData.Parts all, List<MultiPart.Part> parts) implements AutoCloseable {
        static Uploaded of(Service service, Endpoint.Exchange x) {
            MultiPartFormData.Parts all = service.uploads().parts(x.request(), x.request().getHeaders().get(HttpHeader.CONTENT_TYPE));
            return new Uploaded(all, given(all));
        }

        @Override
        public void close() {
            all.close();
        }
    }

    /**
     * {@return the parts a form filled in}: a browser sends every field of a form, a file field left empty as a part
     * with no file name and no content, a text field left empty as an empty part; those are not given
     */
    private static List<MultiPart.Part> given(MultiPartFormData.Parts parts) {
        List<MultiPart.Part> given = new ArrayList<>();
        for (MultiPart.Part p : parts) {
            boolean emptyFile = p.getFileName() != null && p.getFileName().isEmpty() && p.getLength() == 0;
            boolean emptyField = p.getFileName() == null && p.getContentAsString(StandardCharsets.UTF_8).isBlank();
            if (!emptyFile && !emptyField) {
                given.add(p);
            }
        }
        return given;
    }

    private static Map<String, String> values(List<MultiPart.Part> parts, Set<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MultiPart.Part p : parts) {
            if (names.contains(p.getName()) && p.getFileName() == null) {
                values.put(p.getName(), p.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String field(List<MultiPart.Part> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName()) && p.getFileName() == null).findFirst()
                .map(p -> p.getContentAsString(StandardCharsets.UTF_8).strip()).orElse(null);
    }

    /** {@return a typed field's value, or null when left empty: an empty field is not given} */
    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

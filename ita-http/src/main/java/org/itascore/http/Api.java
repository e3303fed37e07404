package org.itascore.http;
import org.itascore.Message;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.itascore.InvalidInputException;
import org.itascore.Language;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.assess.Assessment;
import org.itascore.audit.Auditor;
import org.itascore.cohort.CohortRequest;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.PlanInput;
import org.itascore.plan.PlanCoverage;
import org.itascore.raw.RawAssessment;
import org.itascore.table.ImportException;
import org.itascore.report.IndicatorReport;
import org.itascore.whatif.WhatIfRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's routes: each translates a request to a call of the core or of ita-json and the result to
 * JSON, and a refusal to problem details. Stateless; Jetty calls it from its worker threads.
 */
final class Api extends Handler.Abstract {

    private static final String JSON = "application/json";
    private static final Set<String> POSTS = Set.of("/v1/assessments", "/v1/raw-assessments", "/v1/audits", "/v1/whatif",
            "/v1/plans/check", "/v1/cohorts");
    private static final String MULTIPART = "multipart/form-data";
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    /** The OpenAPI 3.1 document of the service, written once (resource openapi.json) and checked by the tests. */
    static final String OPENAPI = openapi();

    private static String openapi() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the jar", e);
        }
    }

    private final Editions editions;
    private final ItaJson json;
    /** The writers of results, by the languages they name things in. */
    private final Map<Set<Language>, ItaJson> labelled;
    private final RawUploads uploads;
    private final Optional<byte[]> token;
    private final Set<String> origins;
    private final Consumer<String> accessLog;
    private final JsonMapper mapper = JsonMapper.builder().build();

    private final RequestIds ids;

    Api(Editions editions, Optional<String> token, Set<String> origins, Consumer<String> accessLog, RequestIds ids, long maxBody) {
        this.ids = ids;
        this.editions = editions;
        // compact: a service's answers are read by programs; the CLI indents for people
        this.json = ItaJson.standard().compact().withEditions(editions);
        this.labelled = Map.of(
                EnumSet.of(Language.THAI), json.withLabels(Language.THAI),
                EnumSet.of(Language.ENGLISH), json.withLabels(Language.ENGLISH),
                EnumSet.allOf(Language.class), json.withLabels(Language.THAI, Language.ENGLISH));
        this.uploads = new RawUploads(editions, json, maxBody);
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.origins = Set.copyOf(origins);
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = request.getHttpURI().getPath();
        String id = ids.next();
        response.getHeaders().put("X-Request-Id", id);
        Languages languages = Languages.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        Reply reply;
        try {
            reply = route(request, response, path, id, languages);
        } catch (ImportException e) {
            reply = new Reply(422, ProblemDetails.MEDIA_TYPE, ProblemDetails.of(e, languages.problems(), path, id));
        } catch (ParameterException e) {
            reply = new Reply(422, ProblemDetails.MEDIA_TYPE, ProblemDetails.ofParameters(e.refusal.problems(), languages.problems(), path, id));
        } catch (InvalidInputException e) {
            boolean malformed = e.problems().stream().anyMatch(p -> p.kind() == ProblemKind.MALFORMED || p.kind() == ProblemKind.LIMIT);
            int status = malformed ? 400 : 422;
            reply = new Reply(status, ProblemDetails.MEDIA_TYPE,
                    ProblemDetails.of(status, e.problems(), e.omitted(), languages.problems(), path, id));
        } catch (RawUploads.Unreadable e) {
            // the upload's parser gave up part way: what is left of the body cannot be told from the next request
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            reply = problem(400, "malformed-upload", "Malformed upload", e.getMessage(), path, id);
        } catch (RuntimeException e) {
            if (tooLarge(e)) {
                // a body without a length that passed the limit while it was read: refused there, the rest unread
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                reply = problem(413, "too-large", "Content too large", "the body is larger than the service's limit (--max-body)", path, id);
            } else {
                reply = failed(e, path, id);
            }
        } catch (StackOverflowError e) {
            reply = failed(e, path, id);
        }
        try {
            // a body not read (a request refused before its body) is read away, so that the connection stays usable
            Content.Source.consumeAll(request);
        } catch (java.io.IOException | RuntimeException e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        cors(request, response);
        response.setStatus(reply.status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.mediaType + "; charset=utf-8");
        byte[] body = reply.body;
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        accessLog.accept(String.format(Locale.ROOT, "{\"id\":\"%s\",\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,\"bytes\":%d,\"ms\":%.1f}",
                id, request.getMethod(), escape(path), reply.status, body.length, (System.nanoTime() - start) / 1e6));
        return true;
    }

    /** {@return the answer to a request that failed inside the service: 500 with its id, the cause logged, never sent} */
    private Reply failed(Throwable e, String path, String id) {
        // the caller learns that it failed and the request's id; the cause stays in the server's log
        accessLog.accept("{\"id\":\"" + id + "\",\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        return problem(500, "internal-error", "Internal error", "the request failed; quote its id " + id + " when reporting it", path, id);
    }

    /**
     * {@return whether a failure is a body's size}: Jetty's HTTP 413, raised when a body without a length passes the
     * limit as it is read. (An upload's parts are limited to the body's limit, which the raw bytes reach first.)
     */
    static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() == 413) {
                return true;
            }
        }
        return false;
    }

    /** A request's query parameters refused by the core's request: told at each parameter, not a pointer into the body. */
    static final class ParameterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException refusal;

        ParameterException(InvalidInputException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** A response: its status, media type and body. */
    private record Reply(int status, String mediaType, byte[] body) {
        Reply(int status, String mediaType, String body) {
            this(status, mediaType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Reply route(Request request, Response response, String path, String id, Languages languages) {
        String method = request.getMethod();
        if (path.equals("/health")) {
            return method.equals("GET") ? new Reply(200, JSON, HEALTHY) : notAllowed(response, "GET", path, id);
        }
        if (token.isPresent() && !authorized(request)) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            return problem(401, "unauthorized", "Unauthorized", "this service needs the header Authorization: Bearer TOKEN", path, id);
        }
        if (!acceptsJson(request)) {
            return problem(406, "not-acceptable", "Not acceptable", "the service answers application/json or application/problem+json", path, id);
        }
        if (path.equals("/v1/editions") || path.startsWith("/v1/editions/") || path.startsWith("/v1/schemas/")
                || path.equals("/v1/openapi.json")) {
            if (!method.equals("GET")) {
                return notAllowed(response, "GET", path, id);
            }
            return get(path, id);
        }
        if (POSTS.contains(path)) {
            if (!method.equals("POST")) {
                return notAllowed(response, "POST", path, id);
            }
            String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            boolean ndjson = path.equals("/v1/cohorts") && (media.equals("application/x-ndjson") || media.equals("application/jsonl"));
            boolean raw = path.equals("/v1/raw-assessments");
            if (raw && media.equals(MULTIPART)) {
                List<RawAssessment> raws = uploads.multipart(request, type, Request.extractQueryParameters(request));
                ItaJson out = labelled.get(languages.labels());
                return new Reply(200, JSON, raws.size() == 1 ? out.write(raws.get(0))
                        : "[" + String.join(",", raws.stream().map(out::write).toList()) + "]");
            }
            if (!media.equals(JSON) && !ndjson) {
                return problem(415, "unsupported-media-type", "Unsupported media type",
                        "the body is JSON: Content-Type: application/json" + (path.equals("/v1/cohorts") ? " or application/x-ndjson"
                                : raw ? " or multipart/form-data" : ""), path, id);
            }
            try (InputStream body = Content.Source.asInputStream(request)) {
                return post(request, path, body, labelled.get(languages.labels()));
            } catch (java.io.IOException e) {
                return problem(400, "unreadable-body", "Unreadable body", "the request's body could not be read to its end", path, id);
            }
        }
        return problem(404, "not-found", "Not found", "no such resource: " + path + " (GET /v1/openapi.json lists the endpoints)", path, id);
    }

    private Reply get(String path, String id) {
        if (path.equals("/v1/openapi.json")) {
            return new Reply(200, JSON, OPENAPI);
        }
        if (path.equals("/v1/editions")) {
            ArrayNode list = mapper.createArrayNode();
            for (Edition e : editions.all()) {
                ObjectNode n = list.addObject();
                n.put("id", e.id());
                n.putObject("title").put("th", e.title().thai()).put("en", e.title().english());
                ArrayNode years = n.putArray("fiscalYears");
                e.fiscalYears().forEach(y -> years.add(y.buddhistEra()));
            }
            return new Reply(200, JSON, list.toString());
        }
        if (path.startsWith("/v1/editions/")) {
            String editionId = path.substring("/v1/editions/".length());
            return editions.find(editionId).map(e -> new Reply(200, JSON, json.writeValue(e)))
                    .orElseGet(() -> problem(404, "not-found", "Not found", "no edition " + editionId + "; GET /v1/editions lists them", path, id));
        }
        String name = path.substring("/v1/schemas/".length());
        if (!ItaJson.SCHEMAS.contains(name)) {
            return problem(404, "not-found", "Not found", "no schema " + name + "; the schemas are " + String.join(", ", ItaJson.SCHEMAS), path, id);
        }
        return new Reply(200, "application/schema+json", ItaJson.schema(name));
    }

    private Reply post(Request request, String path, InputStream body, ItaJson out) {
        switch (path) {
            case "/v1/assessments" -> {
                IndicatorReport report = json.readReport(body);
                Assessment assessment = report.assess(editions);
                return new Reply(200, JSON, out.writeBytes(assessment));
            }
            case "/v1/raw-assessments" -> {
                return new Reply(200, JSON, out.writeBytes(uploads.json(body, Request.extractQueryParameters(request))));
            }
            case "/v1/audits" -> {
                return new Reply(200, JSON, out.writeBytes(Auditor.audit(json.readReport(body), editions)));
            }
            case "/v1/whatif" -> {
                WhatIfRequest whatIf = parameters(() -> WhatIfRequest.of(Request.extractQueryParameters(request).getValue("target")));
                Assessment assessment = json.readReport(body).assess(editions);
                return new Reply(200, JSON, out.writeBytes(parameters(() -> whatIf.run(assessment))));
            }
            case "/v1/plans/check" -> {
                PlanInput plan = json.readPlan(body);
                PlanCoverage coverage = PlanCoverage.check(plan.plan(), plan.report().assess(editions));
                return new Reply(200, JSON, out.writeBytes(coverage));
            }
            default -> {
                Fields query = Request.extractQueryParameters(request);
                CohortRequest cohort = parameters(() -> CohortRequest.builder().passRate(query.getValue("passRate"))
                        .planTo(query.getValue("planTo")).build());
                return new Reply(200, JSON, out.write(json.readCohort(body, cohort.open(editions)), cohort.passRate().share()));
            }
        }
    }

    /** {@return what a step makes of query parameters}: its refusal is told at the parameters, not in the body */
    private static <T> T parameters(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new ParameterException(e);
        }
    }

    private boolean authorized(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // compared in constant time, so that the time of a refusal tells nothing of the token
        return MessageDigest.isEqual(token.orElseThrow(), header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean acceptsJson(Request request) {
        List<String> accept = request.getHeaders().getValuesList(HttpHeader.ACCEPT);
        if (accept.isEmpty()) {
            return true;
        }
        String all = String.join(",", accept).toLowerCase(Locale.ROOT);
        return all.contains("*/*") || all.contains("application/*") || all.contains("application/json")
                || all.contains("application/problem+json") || all.contains("application/schema+json");
    }

    private void cors(Request request, Response response) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && origins.contains(origin)) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().put(HttpHeader.VARY, "Origin");
        }
    }

    private static Reply notAllowed(Response response, String allowed, String path, String id) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        return problem(405, "method-not-allowed", "Method not allowed", path + " answers " + allowed, path, id);
    }

    private static Reply problem(int status, String type, String title, String detail, String path, String id) {
        return new Reply(status, ProblemDetails.MEDIA_TYPE, ProblemDetails.of(status, type, title, detail, path, id));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\p{Cntrl}]", "?");
    }
}

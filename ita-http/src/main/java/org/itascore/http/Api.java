package org.itascore.http;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.Fields;
import org.itascore.audit.Auditor;
import org.itascore.cohort.CohortRequest;
import org.itascore.json.ItaJson;
import org.itascore.json.PlanInput;
import org.itascore.plan.PlanCoverage;
import org.itascore.raw.RawAssessment;
import org.itascore.whatif.WhatIfRequest;

/**
 * The service's routes, on Jetty's own routing: one small {@link Endpoint} per path in a {@link PathMappingsHandler},
 * cross-origin requests answered by Jetty's {@link CrossOriginHandler} for the origins configured. Each endpoint
 * maps its path, query parameters and body onto a request of the core or a reader of ita-json, and the result to
 * JSON.
 */
final class Api {

    private static final String MULTIPART = "multipart/form-data";
    private static final String NDJSON = "application/x-ndjson";
    /** The health check's answer: that the service runs, and which release it is (its version and commit). */
    private static final byte[] HEALTHY = health(org.itascore.Release.current());

    /** The OpenAPI 3.1 document of the service, self-contained ({@link OpenApiDocument}) and checked by the tests. */
    static final String OPENAPI = OpenApiDocument.JSON;

    private Api() {
    }

    static byte[] health(org.itascore.Release release) {
        StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"version\":\"").append(release.version()).append('"');
        release.commit().ifPresent(commit -> json.append(",\"commit\":\"").append(commit).append('"'));
        if (release.modified()) {
            json.append(",\"modified\":true");
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@return the service's handler: its routes, behind CORS for the origins given}
     *
     * @param service the shared state
     * @param origins the origins a browser may call the service from; none: no CORS header at all
     * @param extra routes the package's tests add (a handler that holds a worker), by path; empty in service
     */
    static Handler handler(Service service, Set<String> origins, java.util.Map<String, Handler> extra) {
        PathMappingsHandler routes = new PathMappingsHandler();
        extra.forEach((path, handler) -> routes.addMapping(PathSpec.from(path), handler));
        routes.addMapping(PathSpec.from("/health"), new Endpoint(service, "GET", true) {
            @Override
            Reply answer(Exchange x) {
                return Reply.json(HEALTHY);
            }
        });
        routes.addMapping(PathSpec.from("/v1/openapi.json"), get(service, x -> Endpoint.Reply.json(OPENAPI)));
        routes.addMapping(PathSpec.from("/v1/editions"), get(service, x -> Endpoint.Reply.json(
                service.json().writeEditionList(service.editions().all()))));
        routes.addMapping(PathSpec.from("/v1/editions/*"), get(service, x -> edition(service, x)));
        routes.addMapping(PathSpec.from("/v1/schemas/*"), get(service, Api::schema));
        routes.addMapping(PathSpec.from("/v1/assessments"), post(service, List.of(), (x, body, out) ->
                out.writeBytes(service.json().readReport(body).assess(service.editions()))));
        routes.addMapping(PathSpec.from("/v1/audits"), post(service, List.of(), (x, body, out) ->
                out.writeBytes(Auditor.audit(service.json().readReport(body), service.editions()))));
        routes.addMapping(PathSpec.from("/v1/whatif"), post(service, List.of(), (x, body, out) -> {
            WhatIfRequest whatIf = Endpoint.parameters(() -> WhatIfRequest.of(query(x).getValue("target")));
            var assessment = service.json().readReport(body).assess(service.editions());
            return out.writeBytes(Endpoint.parameters(() -> whatIf.run(assessment)));
        }));
        routes.addMapping(PathSpec.from("/v1/plans/check"), post(service, List.of(), (x, body, out) -> {
            PlanInput plan = service.json().readPlan(body);
            return out.writeBytes(PlanCoverage.check(plan.plan(), plan.report().assess(service.editions())));
        }));
        routes.addMapping(PathSpec.from("/v1/cohorts"), post(service, List.of(NDJSON, "application/jsonl"), (x, body, out) -> {
            Fields query = query(x);
            CohortRequest cohort = Endpoint.parameters(() -> CohortRequest.builder().passRate(query.getValue("passRate"))
                    .planTo(query.getValue("planTo")).build());
            return out.write(service.json().readCohort(body, cohort.open(service.editions())), cohort.passRate().share())
                    .getBytes(StandardCharsets.UTF_8);
        }));
        routes.addMapping(PathSpec.from("/v1/raw-assessments"), rawAssessments(service));
        // the web app for people: /, /score, /cohort and its assets
        WebApp.routes(routes, service);
        // the API's reference page for people: /docs
        ApiDocs.routes(routes, service);
        // every other path: 404, after the token and Accept checks every endpoint makes
        routes.addMapping(PathSpec.from("/"), new Endpoint(service, null, false) {
            @Override
            Reply answer(Exchange x) {
                return problem(404, "not-found", "Not found", "no such resource: " + x.path()
                        + " (GET /v1/openapi.json lists the endpoints)", x);
            }
        });
        if (origins.isEmpty()) {
            return routes;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        cors.setAllowedMethods(Set.of("GET", "POST"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Authorization", "Accept", "Accept-Language"));
        cors.setExposedHeaders(Set.of("X-Request-Id", "Retry-After"));
        cors.setHandler(routes);
        return cors;
    }

    /** What a GET endpoint answers. */
    @FunctionalInterface
    private interface Getter {
        Endpoint.Reply answer(Endpoint.Exchange exchange);
    }

    /** What a POST endpoint answers from its body, written by the writer of the client's languages. */
    @FunctionalInterface
    private interface Poster {
        byte[] answer(Endpoint.Exchange exchange, InputStream body, ItaJson out);
    }

    private static Endpoint get(Service service, Getter getter) {
        return new Endpoint(service, "GET", false) {
            @Override
            Reply answer(Exchange x) {
                return getter.answer(x);
            }
        };
    }

    /** {@return an endpoint that reads a JSON body (or one of the other media types given) and answers JSON} */
    private static Endpoint post(Service service, List<String> otherTypes, Poster poster) {
        return new Endpoint(service, "POST", false) {
            @Override
            Reply answer(Exchange x) throws java.io.IOException {
                String media = mediaType(x.request());
                if (!media.equals(JSON) && !otherTypes.contains(media)) {
                    return problem(415, "unsupported-media-type", "Unsupported media type", "the body is JSON: Content-Type: "
                            + "application/json" + (otherTypes.isEmpty() ? "" : " or " + otherTypes.get(0))
                            + (media.equals(MULTIPART) ? "; files (Google Forms exports, a checklist sheet, raw data) are "
                                    + "uploaded as multipart/form-data to POST /v1/raw-assessments" : ""), x);
                }
                try (InputStream body = Content.Source.asInputStream(x.request())) {
                    return Reply.json(poster.answer(x, body, service.out(x.languages())));
                }
            }
        };
    }

    private static Endpoint rawAssessments(Service service) {
        return new Endpoint(service, "POST", false) {
            @Override
            Reply answer(Exchange x) throws java.io.IOException {
                String media = mediaType(x.request());
                ItaJson out = service.out(x.languages());
                if (media.equals(MULTIPART)) {
                    List<RawAssessment> raws = service.uploads().multipart(x.request(),
                            x.request().getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE), query(x));
                    return Reply.json(raws.size() == 1 ? out.write(raws.get(0))
                            : "[" + String.join(",", raws.stream().map(out::write).toList()) + "]");
                }
                if (!media.equals(JSON)) {
                    return problem(415, "unsupported-media-type", "Unsupported media type",
                            "the body is JSON: Content-Type: application/json or multipart/form-data", x);
                }
                try (InputStream body = Content.Source.asInputStream(x.request())) {
                    return Reply.json(out.writeBytes(service.uploads().json(body, query(x))));
                }
            }
        };
    }

    private static Fields query(Endpoint.Exchange x) {
        return Request.extractQueryParameters(x.request());
    }

    private static Endpoint.Reply edition(Service service, Endpoint.Exchange x) {
        String editionId = x.path().substring(Math.min(x.path().length(), "/v1/editions/".length()));
        return service.editions().find(editionId).map(e -> Endpoint.Reply.json(service.json().writeValue(e)))
                .orElseGet(() -> Endpoint.problem(404, "not-found", "Not found", "no edition " + editionId
                        + "; GET /v1/editions lists them", x));
    }

    private static Endpoint.Reply schema(Endpoint.Exchange x) {
        String name = x.path().substring(Math.min(x.path().length(), "/v1/schemas/".length()));
        if (!ItaJson.SCHEMAS.contains(name)) {
            return Endpoint.problem(404, "not-found", "Not found", "no schema " + name + "; the schemas are "
                    + String.join(", ", ItaJson.SCHEMAS), x);
        }
        return new Endpoint.Reply(200, "application/schema+json", ItaJson.schema(name));
    }
}

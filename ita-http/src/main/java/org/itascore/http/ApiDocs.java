package org.itascore.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.handler.PathMappingsHandler;

/**
 * The reference page of the HTTP API, for people: {@code GET /docs} shows the service's OpenAPI document with
 * Swagger UI (5.35.0, Apache License 2.0, from its pinned WebJar, unpacked into this module at build time; its
 * licence at {@code /docs/LICENSE.txt}, the notices of its bundle at {@code /docs/THIRD-PARTY.txt}). Open without the token, as the web app is, and under the
 * same kind of Content-Security-Policy: nothing but this service's own files, scripts included, no inline script
 * or style; the document at {@code /docs/openapi.json} is the one {@code /v1/openapi.json} serves.
 */
final class ApiDocs {

    /** The page's files: their media types. */
    private static final Map<String, String> FILES = Map.of("index.html", "text/html; charset=utf-8",
            "swagger-ui.css", "text/css", "swagger-ui-bundle.js", "text/javascript", "init.js", "text/javascript",
            "LICENSE.txt", "text/plain; charset=utf-8", "THIRD-PARTY.txt", "text/plain; charset=utf-8");

    /** Scripts and style sheets from this service alone; the document fetched from it. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private ApiDocs() {
    }

    /**
     * Adds the page's routes.
     *
     * @param routes the service's routes
     * @param service the shared state
     */
    static void routes(PathMappingsHandler routes, Service service) {
        routes.addMapping(PathSpec.from("^/docs/?$"), file(service, "index.html"));
        routes.addMapping(PathSpec.from("/docs/openapi.json"), new Endpoint(service, "GET", true) {
            @Override
            Reply answer(Exchange x) {
                return Reply.json(Api.OPENAPI);
            }
        });
        for (String name : FILES.keySet()) {
            if (!name.equals("index.html")) {
                routes.addMapping(PathSpec.from("/docs/" + name), file(service, name));
            }
        }
    }

    private static Endpoint file(Service service, String name) {
        return new Endpoint(service, "GET", true) {
            @Override
            Reply answer(Exchange x) throws IOException {
                try (InputStream in = ApiDocs.class.getResourceAsStream("docs/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the API page's file " + name + " is missing from the jar");
                    }
                    x.response().getHeaders().put("Content-Security-Policy", POLICY);
                    x.response().getHeaders().put("X-Content-Type-Options", "nosniff");
                    x.response().getHeaders().put("Referrer-Policy", "no-referrer");
                    x.response().getHeaders().put(HttpHeader.CACHE_CONTROL, name.equals("index.html") ? "no-cache" : "public, max-age=86400");
                    return new Reply(200, FILES.get(name), in.readAllBytes());
                }
            }
        };
    }
}

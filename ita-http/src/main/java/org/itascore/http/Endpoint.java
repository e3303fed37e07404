package org.itascore.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.itascore.json.ProblemDetails;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.table.ImportException;

/**
 * One path of the service: its method, whether it needs the token, and what it answers. What every endpoint shares
 * is here, once: the request id, the token and {@code Accept} checks, a refusal turned into problem details in the
 * client's language, the body read away, the answer written and its access-log line. An endpoint only maps the
 * request onto a call of the core or of ita-json. Stateless; Jetty calls it from its worker threads.
 */
abstract class Endpoint extends Handler.Abstract {

    /** The media type of JSON answers. */
    static final String JSON = "application/json";

    /** The service's shared state. */
    final Service service;
    private final String method;
    private final boolean open;

    /**
     * @param service the service's shared state
     * @param method the one method the path answers
     * @param open whether the path is answered without the token (the health check)
     */
    Endpoint(Service service, String method, boolean open) {
        this.service = service;
        this.method = method;
        this.open = open;
    }

    /** What an endpoint answers: its status, media type and body. */
    record Reply(int status, String mediaType, byte[] body) {
        Reply(int status, String mediaType, String body) {
            this(status, mediaType, body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply json(byte[] body) {
            return new Reply(200, JSON, body);
        }

        static Reply json(String body) {
            return new Reply(200, JSON, body);
        }
    }

    /** What a request is answered in: its path, id and the client's languages. */
    record Exchange(Request request, Response response, String path, String id, Languages languages) {
    }

    /**
     * Answers a request whose method, token and {@code Accept} were checked. A refusal of the input
     * ({@link InvalidInputException}, {@link ImportException}, {@link ParameterException}) is turned into problem
     * details by the caller.
     */
    abstract Reply answer(Exchange exchange) throws java.io.IOException;

    @Override
    public final boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = request.getHttpURI().getPath();
        String id = service.ids().next();
        response.getHeaders().put("X-Request-Id", id);
        Exchange exchange = new Exchange(request, response, path, id, Languages.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
        Reply reply;
        try {
            reply = checked(exchange);
        } catch (ImportException e) {
            reply = new Reply(422, ProblemDetails.MEDIA_TYPE, ProblemDetails.of(e, exchange.languages().problems(), path, id));
        } catch (ParameterException e) {
            reply = new Reply(422, ProblemDetails.MEDIA_TYPE,
                    ProblemDetails.ofParameters(e.refusal().problems(), exchange.languages().problems(), path, id));
        } catch (InvalidInputException e) {
            boolean malformed = e.problems().stream().anyMatch(p -> p.kind() == ProblemKind.MALFORMED || p.kind() == ProblemKind.LIMIT);
            int status = malformed ? 400 : 422;
            reply = new Reply(status, ProblemDetails.MEDIA_TYPE,
                    ProblemDetails.of(status, e.problems(), e.omitted(), exchange.languages().problems(), path, id));
        } catch (RawUploads.Unreadable e) {
            // the upload's parser gave up part way: what is left of the body cannot be told from the next request
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            reply = new Reply(400, ProblemDetails.MEDIA_TYPE,
                    ProblemDetails.of(400, List.of(e.problem()), 0, exchange.languages().problems(), path, id));
        } catch (java.io.IOException e) {
            reply = problem(400, "unreadable-body", "Unreadable body", "the request's body could not be read to its end", exchange);
        } catch (RuntimeException e) {
            if (tooLarge(e)) {
                // a body without a length that passed the limit while it was read: refused there, the rest unread
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                reply = problem(413, "too-large", "Content too large", service.tooLarge(), exchange);
            } else if (e instanceof java.io.UncheckedIOException && fromTheWire(e)) {
                // the body broke off or its framing is wrong (a chunk size that is no number): the client's, unreadable
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                reply = problem(400, "unreadable-body", "Unreadable body", "the request's body could not be read to its end",
                        exchange);
            } else {
                reply = failed(e, exchange);
            }
        } catch (StackOverflowError e) {
            reply = failed(e, exchange);
        }
        try {
            // a body not read (a request refused before its body) is read away, so that the connection stays usable
            Content.Source.consumeAll(request);
        } catch (java.io.IOException | RuntimeException e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.setStatus(reply.status());
        // text is UTF-8; a font is bytes, and a charset on it would be wrong
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.mediaType()
                + (reply.mediaType().startsWith("font/") ? "" : "; charset=utf-8"));
        byte[] body = reply.body();
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        service.log(String.format(Locale.ROOT, "{\"id\":\"%s\",\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,\"bytes\":%d,\"ms\":%.1f}",
                id, request.getMethod(), escape(path), reply.status(), body.length, (System.nanoTime() - start) / 1e6));
        return true;
    }

    private Reply checked(Exchange exchange) throws java.io.IOException {
        Request request = exchange.request();
        if (!open && service.token().isPresent() && !authorized(request)) {
            exchange.response().getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            return problem(401, "unauthorized", "Unauthorized", "this service needs the header Authorization: Bearer TOKEN", exchange);
        }
        if (method != null && !request.getMethod().equals(method)) {
            exchange.response().getHeaders().put(HttpHeader.ALLOW, method);
            return problem(405, "method-not-allowed", "Method not allowed", exchange.path() + " answers " + method, exchange);
        }
        if (!open && !acceptsJson(request)) {
            return problem(406, "not-acceptable", "Not acceptable", "the service answers application/json or application/problem+json",
                    exchange);
        }
        return answer(exchange);
    }

    /** {@return the answer to a request that failed inside the service: 500 with its id, the cause logged, never sent} */
    private Reply failed(Throwable e, Exchange exchange) {
        // the caller learns that it failed and the request's id; the cause stays in the server's log
        service.log("{\"id\":\"" + exchange.id() + "\",\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        return problem(500, "internal-error", "Internal error", "the request failed; quote its id " + exchange.id() + " when reporting it",
                exchange);
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

    /** {@return whether a failure to read is the request's: Jetty's refusal of its framing, or the client gone} */
    static boolean fromTheWire(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException || t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    /** {@return a problem of no particular input} */
    static Reply problem(int status, String type, String title, String detail, Exchange exchange) {
        return new Reply(status, ProblemDetails.MEDIA_TYPE, ProblemDetails.of(status, type, title, detail, exchange.path(), exchange.id()));
    }

    /** {@return the media type of the body, lower case without parameters; empty when none is given} */
    static String mediaType(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null) {
            return "";
        }
        // "; charset=utf-8" or a bare ";" has no type before its parameters: an empty type, never an index error
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** {@return what a step makes of query parameters}: its refusal is told at the parameters, not in the body */
    static <T> T parameters(java.util.function.Supplier<T> step) {
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
        return MessageDigest.isEqual(service.token().orElseThrow(), header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
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

    /** {@return text for a JSON string of the access log: quotes and backslashes escaped, control characters as ?} */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\p{Cntrl}]", "?");
    }

    /** A request's query parameters refused by the core's request: told at each parameter, not a pointer into the body. */
    static final class ParameterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException refusal;

        ParameterException(InvalidInputException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }

        InvalidInputException refusal() {
            return refusal;
        }
    }
}

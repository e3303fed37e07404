package org.itascore.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.itascore.json.ProblemDetails;
import org.itascore.edition.Editions;

/**
 * The library as an HTTP service, embedded: what {@code ita serve} runs, and what a Java system starts in its
 * own process.
 *
 * <pre>{@code
 * try (ItaServer server = ItaServer.builder().port(0).build().start()) {
 *     URI address = server.address();     // http://127.0.0.1:PORT/
 *     ...
 * }
 * }</pre>
 *
 * <p>Built on Jetty 12: a body larger than the limit is refused with 413 as soon as its length is known, without
 * reading it; at most {@code threads} requests run at once and {@code queue} more wait, beyond which a request
 * gets 503 with {@code Retry-After}; a stop lets the requests in flight finish (up to the stop timeout) and
 * refuses new ones. The service binds to the loopback address unless told otherwise. Thread-safe.
 */
public final class ItaServer implements AutoCloseable {

    /** The ids of every server in this JVM: unique across them. */
    private static final RequestIds IDS = new RequestIds();

    /** The logger of access lines when the builder is given no other sink. */
    static final String ACCESS_LOGGER = "org.itascore.http.access";

    private final Server server;
    private final ServerConnector connector;
    private final String host;
    private final AccessLog accessLog;
    private final Service service;

    private ItaServer(Builder b) {
        QueuedThreadPool pool = new QueuedThreadPool(b.threads + 8, Math.min(4, b.threads + 8));
        pool.setName("ita-http");
        this.server = new Server(pool);
        // no version in the Server header: nothing for a scanner to match against
        org.eclipse.jetty.server.HttpConfiguration http = new org.eclipse.jetty.server.HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
        connector.setHost(b.host);
        connector.setPort(b.port);
        connector.setIdleTimeout(b.readTimeout.toMillis());
        server.addConnector(connector);
        // abuse of connections: a cap on how many are open, and a deadline for a new one's first request head
        server.addBean(new org.eclipse.jetty.server.NetworkConnectionLimit(b.maxConnections, connector));
        long headerMillis = b.headerTimeout.toMillis();
        connector.addEventListener(new org.eclipse.jetty.io.Connection.Listener() {
            @Override
            public void onOpened(org.eclipse.jetty.io.Connection connection) {
                connector.getScheduler().schedule(() -> {
                    if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                        connection.getEndPoint().close();
                    }
                }, headerMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        });
        this.host = b.host;

        this.accessLog = new AccessLog(b.accessLog);
        Service service = new Service(b.editions, b.token, accessLog::log, IDS, b.maxBody);
        this.service = service;
        QoSHandler qos = new QoSHandler(Api.handler(service, b.origins, b.extraRoutes));
        qos.setMaxRequestCount(b.threads);
        qos.setMaxSuspendedRequestCount(b.queue);
        qos.setMaxSuspend(b.readTimeout);
        SizeLimitHandler limit = new SizeLimitHandler(b.maxBody, -1);
        limit.setHandler(qos);
        Handler.Wrapper lingering = new Lingering413(b.maxBody);
        lingering.setHandler(limit);
        GracefulHandler graceful = new GracefulHandler(lingering);
        server.setHandler(graceful);
        server.setErrorHandler(this::error);
        server.setStopTimeout(b.stopTimeout.toMillis());
        server.setStopAtShutdown(b.stopAtShutdown);
    }

    /**
     * Answers the errors Jetty raises itself (a body over the limit, a full queue, a request that is not HTTP)
     * as problem details, like the service's own.
     */
    private boolean error(Request request, Response response, Callback callback) {
        return answer(request, response, callback, response.getStatus() >= 400 ? response.getStatus() : 400);
    }

    /**
     * A body whose stated length is over the limit, from a client that sends it without waiting for
     * {@code 100-continue} (Python's urllib and requests, many PHP setups): read and dropped up to a bound, then
     * answered 413 and the connection closed, so that the client reads the answer instead of a broken pipe. Beyond
     * the bound, or without a stated length, the size limit answers at once as before.
     */
    private final class Lingering413 extends Handler.Wrapper {
        private final long maxBody;
        private final long discard;

        Lingering413(long maxBody) {
            this.maxBody = maxBody;
            this.discard = Math.max(64L << 20, maxBody * 4);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            long length = request.getLength();
            if (length <= maxBody || length > discard || request.getHeaders().contains(HttpHeader.EXPECT)) {
                return super.handle(request, response, callback);
            }
            // only a client already sending its body is waited for; one that sent the head alone is answered at once
            org.eclipse.jetty.io.Content.Chunk first = request.read();
            if (first == null) {
                java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
                request.demand(arrived::countDown);
                arrived.await(1, java.util.concurrent.TimeUnit.SECONDS);
                first = request.read();
            }
            if (first == null) {
                return super.handle(request, response, callback);
            }
            boolean last = first.isLast();
            first.release();
            if (!last) {
                try (java.io.InputStream in = org.eclipse.jetty.io.Content.Source.asInputStream(request)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException e) {
                    // the client went away: the answer below is written to no one
                }
            }
            response.setStatus(413);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return answer(request, response, callback, 413);
        }
    }

    private boolean answer(Request request, Response response, Callback callback, int status) {
        String detail = switch (status) {
            case 413 -> service.tooLarge();
            case 503 -> "the service is busy; try again shortly";
            default -> "the request could not be handled";
        };
        if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        String id = IDS.next();
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "" : request.getHttpURI().getPath();
        String body = ProblemDetails.of(status, status == 413 ? "too-large" : status == 503 ? "busy" : "bad-request",
                status == 413 ? "Content too large" : status == 503 ? "Service unavailable" : "Bad request", detail,
                path, id);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE + "; charset=utf-8");
        response.write(true, java.nio.ByteBuffer.wrap(bytes), callback);
        // Jetty's own answers leave a line too, with the id the client was given
        service.log(String.format(java.util.Locale.ROOT, "{\"id\":\"%s\",\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,\"bytes\":%d}",
                id, Endpoint.escape(String.valueOf(request.getMethod())), Endpoint.escape(path), status, bytes.length));
        return true;
    }

    /** {@return a builder, with the defaults of {@code ita serve}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the service.
     *
     * @return this server, listening
     * @throws IllegalStateException if it cannot listen (the port is taken, the host unknown)
     */
    public ItaServer start() {
        try {
            server.start();
        } catch (Exception e) {
            // in the library's own words: the server's message names its internals
            throw new IllegalStateException("the service cannot listen on " + host + ":" + connector.getPort()
                    + ": the port is taken, or the address is not one of this machine's", e);
        }
        return this;
    }

    /** {@return the port it listens on: the one asked for, or the one the system gave for port 0} */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@return the address it listens on, such as {@code http://127.0.0.1:8080/}} */
    public URI address() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /**
     * Waits until the service stops.
     *
     * @throws InterruptedException if the wait is interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops gracefully: new requests are refused, those in flight finish, up to the stop timeout.
     *
     * @throws IllegalStateException if the server fails to stop
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the service did not stop cleanly: " + e.getMessage(), e);
        } finally {
            accessLog.close();
            if (accessLog.dropped() > 0) {
                System.getLogger(ACCESS_LOGGER).log(System.Logger.Level.WARNING,
                        "{0} access-log line(s) were dropped: the log was not read fast enough", accessLog.dropped());
            }
        }
    }

    /**
     * {@return how many access-log lines were dropped}: a request never waits for its log line, so when the log's
     * reader falls behind by more than {@value AccessLog#CAPACITY} lines (a pipe nobody reads, a disk that hangs),
     * further lines are counted here instead of written
     */
    public long droppedLogLines() {
        return accessLog.dropped();
    }

    /** Builds an {@link ItaServer}; not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        private int queue = 256;
        private long maxBody = 16L << 20;
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration headerTimeout = Duration.ofSeconds(10);
        private int maxConnections = 512;
        private Duration stopTimeout = Duration.ofSeconds(30);
        private Optional<String> token = Optional.empty();
        private final Set<String> origins = new LinkedHashSet<>();
        private Editions editions = Editions.builtIn();
        private Consumer<String> accessLog = line -> System.getLogger(ACCESS_LOGGER).log(System.Logger.Level.INFO, line);
        private boolean stopAtShutdown;
        /** Routes added by the package's tests, beside the service's own: a handler that holds a worker on a latch. */
        private java.util.Map<String, org.eclipse.jetty.server.Handler> extraRoutes = java.util.Map.of();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param name the address to bind: 127.0.0.1 by default, 0.0.0.0 for every interface
         */
        public Builder host(String name) {
            this.host = requireNonNull(name, "name");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param number the port, 0 for one the system chooses; 8080 by default
         */
        public Builder port(int number) {
            if (number < 0 || number > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535, got " + number);
            }
            this.port = number;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param count how many requests run at once; twice the processors by default
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a service runs one request at least, got " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param count how many requests may wait beyond those running; 256 by default
         */
        public Builder queue(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("a queue holds zero requests or more, got " + count);
            }
            this.queue = count;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param bytes the largest body read; 16 MiB by default
         */
        public Builder maxBody(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the body limit is one byte or more, got " + bytes);
            }
            this.maxBody = bytes;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param timeout how long a connection may be idle, and a request wait; 30 s by default
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param timeout how long a new connection may take to send its first request's head (request line and
         *     headers): a client trickling its headers to hold a connection open (slowloris) is closed after it;
         *     10 s by default
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param count the most connections open at once; beyond it new ones wait in the system's backlog until one
         *     closes. 512 by default, under the 1,024 files a process may often open
         */
        public Builder maxConnections(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one connection, got " + count);
            }
            this.maxConnections = count;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param timeout how long a stop waits for the requests in flight; 30 s by default
         */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param bearer the token every endpoint but /health requires, if any; surrounding white space is not part of it
         * @throws IllegalArgumentException if the token is blank
         */
        public Builder token(String bearer) {
            requireNonNull(bearer, "bearer");
            if (bearer.isBlank()) {
                // a blank token would let every request in while the caller believes the service guarded
                throw new IllegalArgumentException("a bearer token has a character other than white space");
            }
            this.token = Optional.of(bearer.strip());
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param allowed the origins a browser may call the service from; none by default
         */
        public Builder corsOrigins(List<String> allowed) {
            origins.addAll(requireNonNull(allowed, "allowed"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param registry the editions the service scores under; the built-in ones by default
         */
        public Builder editions(Editions registry) {
            this.editions = requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Where the access log goes: one JSON line per request (id, method, path, status, size, time), never a
         * body. By default the lines go to the JDK's logging facade, {@link System.Logger} {@code
         * "org.itascore.http.access"} at INFO, which SLF4J and Log4j bind to when they are on the class path. The
         * lines are written by a thread of the service's own: a request never waits for its line, and a sink that
         * blocks makes lines drop ({@link ItaServer#droppedLogLines()}), never requests wait.
         *
         * @return this builder
         * @param log told each line, from one thread
         */
        public Builder accessLog(Consumer<String> log) {
            this.accessLog = requireNonNull(log, "log");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stop whether the JVM's shutdown (SIGTERM) stops the service gracefully
         */
        public Builder stopAtShutdown(boolean stop) {
            this.stopAtShutdown = stop;
            return this;
        }

        /** {@return this builder, with routes of the package's tests added} */
        Builder extraRoutes(java.util.Map<String, org.eclipse.jetty.server.Handler> routes) {
            this.extraRoutes = java.util.Map.copyOf(routes);
            return this;
        }

        /** {@return the server, not yet started} */
        public ItaServer build() {
            return new ItaServer(this);
        }
    }
}

package org.itascore.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.itascore.http.ItaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ita serve}: the library as an HTTP service for district systems written in PHP, Python and other
 * languages (ita-http). Every setting is an option or an environment variable.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the library over HTTP (docs/http.md): POST /v1/assessments, /v1/raw-assessments (JSON, or an upload "
                + "of Google Forms sheets), /v1/audits, /v1/whatif?target=T, /v1/plans/check, /v1/cohorts; GET /v1/editions, "
                + "/v1/editions/ID, /v1/schemas/NAME, /v1/openapi.json, /health. Results name things in the languages of "
                + "Accept-Language (th, en, both by default). At / a Thai web app for office staff and supervisors "
                + "(?lang=en for English): typed scores, Google Forms exports, what-if, the annual analysis, cohorts. "
                + "Binds to the "
                + "loopback address unless told otherwise; stops gracefully on SIGTERM, finishing the requests in flight.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita serve                                   http://127.0.0.1:8080/",
            "  ITA_TOKEN=secret ita serve --host 0.0.0.0 --port 9000",
            "  curl -s -H 'Content-Type: application/json' --data @report.json http://127.0.0.1:8080/v1/assessments",
            "  curl -s -F iit=@iit.csv -F eit=@eit.csv -F oit=@oit.csv \\",
            "       -F fiscalYear=2569 -F office=NAME http://127.0.0.1:8080/v1/raw-assessments"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:ITA_HOST:-127.0.0.1}",
            description = "The address to bind (env ITA_HOST; default ${DEFAULT-VALUE}); 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:ITA_PORT:-8080}",
            description = "The port (env ITA_PORT; default ${DEFAULT-VALUE}); 0 for one the system chooses.")
    int port;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "${env:ITA_THREADS:-16}",
            description = "Requests run at once (env ITA_THREADS; default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "${env:ITA_QUEUE:-256}",
            description = "Requests that may wait beyond those running; more get 503 with Retry-After (env ITA_QUEUE; default ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "${env:ITA_MAX_BODY:-16777216}",
            description = "The largest request body; a larger one gets 413 unread (env ITA_MAX_BODY; default ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "${env:ITA_READ_TIMEOUT:-30}",
            description = "How long a connection may stay idle (env ITA_READ_TIMEOUT; default ${DEFAULT-VALUE}).")
    int readTimeout;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "${env:ITA_HEADER_TIMEOUT:-10}",
            description = "How long a new connection may take to send its first request's headers before it is closed, "
                    + "against clients that trickle them (env ITA_HEADER_TIMEOUT; default ${DEFAULT-VALUE}).")
    int headerTimeout;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "${env:ITA_MAX_CONNECTIONS:-512}",
            description = "The most connections open at once; more wait until one closes (env ITA_MAX_CONNECTIONS; "
                    + "default ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token every endpoint but /health then requires; or the environment variable ITA_TOKEN.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin a browser may call the service from; repeat it for several. None by default.")
    List<String> origins = new ArrayList<>();

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    private final Ita.Context context;

    ServeCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        ItaServer.Builder b = ItaServer.builder().host(host).editions(editionFiles.registry(context)).corsOrigins(origins)
                .stopAtShutdown(true).accessLog(context.stderr()::println);
        try {
            b.port(port).threads(threads).queue(queue).maxBody(maxBody).readTimeout(Duration.ofSeconds(Math.max(1, readTimeout)))
                    .headerTimeout(Duration.ofSeconds(Math.max(1, headerTimeout))).maxConnections(Math.max(1, maxConnections));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: serve: " + e.getMessage()));
        }
        token().ifPresent(b::token);
        ItaServer server;
        try {
            server = b.build().start();
        } catch (IllegalStateException e) {
            throw new CliException(ExitCodes.UNREADABLE, List.of("ita: serve: " + e.getMessage()));
        }
        spec.commandLine().getOut().println("ita: listening on " + server.address());
        spec.commandLine().getOut().flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The longest token file read, in bytes. */
    private static final int MAX_TOKEN = 4096;

    private java.util.Optional<String> token() {
        if (tokenFile != null) {
            try (java.io.InputStream in = Files.newInputStream(tokenFile)) {
                // read with a bound: a token is a line, and /dev/zero or a log file is not one
                byte[] bytes = in.readNBytes(MAX_TOKEN + 1);
                if (bytes.length > MAX_TOKEN) {
                    throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --token-file: " + tokenFile
                            + " holds more than " + MAX_TOKEN + " bytes; a token is one line"));
                }
                String t = new String(bytes, StandardCharsets.UTF_8).strip();
                if (t.isEmpty()) {
                    throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --token-file: " + tokenFile + " is empty"));
                }
                return java.util.Optional.of(t);
            } catch (IOException e) {
                throw new CliException(ExitCodes.UNREADABLE, List.of("ita: --token-file: cannot read " + tokenFile));
            }
        }
        String env = System.getenv("ITA_TOKEN");
        if (env != null && env.isBlank()) {
            // set but blank is a mistake, not a wish to run without authentication
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: ITA_TOKEN is set but blank: give it a token, or unset it"
                    + " to serve without one"));
        }
        return java.util.Optional.ofNullable(env).map(String::strip);
    }
}

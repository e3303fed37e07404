package org.itascore.image;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container image's health check: asks the service in the same container for {@code /health}.
 *
 * <p>The image's config runs it as {@code java -cp /app/classes org.itascore.image.HealthCheck}. It exits 0 when
 * the service answers 200 within five seconds and 1 otherwise, saying why on standard error, which the container
 * runtime keeps with the check's result. The port is the service's own, {@code ITA_PORT} (8080 unless set). The
 * image has no shell and no curl: the probe needs only the Java runtime the service runs on, and {@code java.base}.
 */
public final class HealthCheck {

    private static final int TIMEOUT_MILLIS = 5_000;

    private HealthCheck() {
    }

    /**
     * Checks the service and exits with the result.
     *
     * @param args none
     */
    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("ITA_PORT", "8080");
        String problem = check(port);
        if (problem != null) {
            System.err.println("ita health check: " + problem);
        }
        System.exit(problem == null ? 0 : 1);
    }

    /**
     * {@return why the service on the port is not healthy, or {@code null} if it answered 200}
     *
     * @param port the service's port, as ITA_PORT gives it
     */
    static String check(String port) {
        URI uri;
        try {
            int number = Integer.parseInt(port.strip());
            if (number < 1 || number > 65535) {
                return "ITA_PORT is " + port + ", not a port from 1 to 65535";
            }
            uri = URI.create("http://127.0.0.1:" + number + "/health");
        } catch (NumberFormatException e) {
            return "ITA_PORT is " + port + ", not a port from 1 to 65535";
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200 ? null : uri + " answered " + status;
        } catch (IOException e) {
            return uri + " did not answer: " + e.getMessage();
        }
    }
}

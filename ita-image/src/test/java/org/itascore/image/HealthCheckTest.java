package org.itascore.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    /** A server on the loopback address whose /health answers the status given. */
    private static HttpServer answering(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void healthyWhenHealthAnswers200() throws IOException {
        HttpServer server = answering(200);
        try {
            assertNull(HealthCheck.check(String.valueOf(server.getAddress().getPort())));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unhealthyWhenHealthAnswersAnythingElse() throws IOException {
        HttpServer server = answering(503);
        try {
            int port = server.getAddress().getPort();
            assertEquals("http://127.0.0.1:" + port + "/health answered 503", HealthCheck.check(" " + port + " "));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unhealthyWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String problem = HealthCheck.check(String.valueOf(port));
        assertTrue(problem.startsWith("http://127.0.0.1:" + port + "/health did not answer: "), problem);
    }

    @Test
    void namesAPortThatIsNone() {
        assertEquals("ITA_PORT is eighty, not a port from 1 to 65535", HealthCheck.check("eighty"));
        assertEquals("ITA_PORT is 0, not a port from 1 to 65535", HealthCheck.check("0"));
        assertEquals("ITA_PORT is 65536, not a port from 1 to 65535", HealthCheck.check("65536"));
    }
}

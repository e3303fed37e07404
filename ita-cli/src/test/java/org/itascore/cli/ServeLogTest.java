package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ita serve} with its standard error a pipe nobody reads: the access log fills the pipe (64 KiB) within a few
 * hundred requests, and the service must go on answering. Before, every request thread blocked on the log's println.
 */
@Tag("slow")
class ServeLogTest {

    @Test
    void theServiceAnswersAThousandRequestsWhileNobodyReadsItsStandardError() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Ita.class.getName(),
                "serve", "--port", "0", "--threads", "4")
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String listening = out.readLine();
            assertTrue(listening != null && listening.startsWith("ita: listening on "), String.valueOf(listening));
            URI address = URI.create(listening.substring("ita: listening on ".length()).strip());
            URL health = address.resolve("health").toURL();
            for (int i = 0; i < 1000; i++) {
                HttpURLConnection c = (HttpURLConnection) health.openConnection();
                c.setConnectTimeout(10_000);
                c.setReadTimeout(20_000);
                assertEquals(200, c.getResponseCode(), "request " + i);
                c.getInputStream().readAllBytes();
                c.getInputStream().close();
            }
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }
}

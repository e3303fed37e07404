package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itascore.csv.fixtures.Workbooks;
import org.itascore.http.Multipart.Part;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service in a process of its own, attacked from outside as the second adversarial campaign attacked it: under an
 * operating system's file limit with more slow connections than it may hold, and after hostile uploads, measured by
 * its resident memory.
 */
@Tag("slow")
class ServiceUnderAbuseTest {

    /** A running service process: its port, and the pipe whose closing stops it. */
    private record Child(Process process, int port) implements AutoCloseable {
        static Child start(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                p.destroyForcibly();
                throw new IllegalStateException("the service did not start: " + command);
            }
            return new Child(p, Integer.parseInt(line.strip()));
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + "/" + path);
        }

        /** {@return a line of /proc/PID/status in KiB: VmRSS (resident now) or VmHWM (its peak)} */
        long kib(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
            throw new IllegalStateException(field + " is not in /proc/PID/status");
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(Child child, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(child.uri(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * 1,100 connections trickling their headers a byte at a time, reopened when closed, against a service allowed 1,024
     * file descriptors: its connection cap keeps it within them and its header deadline frees the connections held,
     * so that /health is answered.
     */
    @Test
    void slowConnectionsBeyondTheFileLimitLeaveHealthAnswered() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "prlimit (util-linux) runs the service under a file limit");
        try (Child child = Child.start(ServeForTests.command(List.of("/usr/bin/prlimit", "--nofile=1024:1024"), List.of("-Xmx256m"), 2_000))) {
            assertEquals(200, get(child, "health").statusCode());
            List<Socket> slow = new ArrayList<>();
            AtomicBoolean trickling = new AtomicBoolean(true);
            byte[] head = "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_100; i++) {
                slow.add(open(child.port(), head));
            }
            Thread trickle = new Thread(() -> {
                while (trickling.get()) {
                    for (int i = 0; i < slow.size() && trickling.get(); i++) {
                        try {
                            slow.get(i).getOutputStream().write('a');
                        } catch (IOException e) {
                            // closed by the service's header deadline: the attacker opens another
                            close(slow.get(i));
                            slow.set(i, open(child.port(), head));
                        }
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            trickle.start();
            try {
                Thread.sleep(1_000);
                HttpResponse<String> health = get(child, "health");
                assertEquals(200, health.statusCode(), health.body());
                assertTrue(child.process().isAlive());
            } finally {
                trickling.set(false);
                trickle.join();
                slow.forEach(ServiceUnderAbuseTest::close);
            }
        }
    }

    private static Socket open(int port, byte[] head) {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.getOutputStream().write(head);
        } catch (IOException e) {
            // refused or queued past the timeout: written to again, and reopened, by the trickle
        }
        return s;
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing what the service closed
        }
    }

    /**
     * Fifty hostile uploads (zip bombs, damaged indexes, a 5 MB field, too many parts) against a service of 256 MiB of
     * heap: each refused as the client's mistake, and the process's resident memory at its peak within 400 MiB (the
     * heap, and what a JVM has beside it: its code, metaspace, threads and the collector's tables). Measured here:
     * 116 MiB at start, 180 MiB after and at the peak.
     */
    @Test
    void hostileUploadsLeaveTheServiceWithinItsMemory() throws Exception {
        List<List<Part>> hostile = new ArrayList<>();
        String rows = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>O1</t></is></c>";
        for (String cell : List.of("<c r=\"B2\" t=\"s\"><v>2147483647</v></c>", "<c r=\"ZZZZZZ2\"><v>1</v></c>",
                "<c r=\"C2\"><v>1e999999999</v></c>")) {
            hostile.add(sheets(Workbooks.workbook(Workbooks.checklist(rows + cell + "</row>"), Workbooks.SHARED, null)));
        }
        hostile.add(sheets(Workbooks.bomb(256)));
        List<Part> big = sheets(Workbooks.workbook(Workbooks.checklist(""), Workbooks.SHARED, null));
        big.add(Part.field("office", "ก".repeat(5_000_000 / 3)));
        hostile.add(big);
        try (Child child = Child.start(ServeForTests.command(List.of(), List.of("-Xmx256m"), 10_000))) {
            long before = child.kib("VmRSS");
            for (int i = 0; i < 50; i++) {
                List<Part> parts = hostile.get(i % hostile.size());
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(child.uri("v1/raw-assessments"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", Multipart.CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.body(parts))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertTrue(r.statusCode() == 400 || r.statusCode() == 422, i + ": " + r.statusCode() + " " + r.body());
            }
            assertEquals(200, get(child, "health").statusCode());
            long after = child.kib("VmRSS");
            long peak = child.kib("VmHWM");
            System.out.printf("resident memory: %d MiB at start, %d MiB after 50 hostile uploads, %d MiB at the peak%n",
                    before >> 10, after >> 10, peak >> 10);
            assertTrue(peak < 400 << 10, "peak resident memory " + (peak >> 10) + " MiB");
        }
    }

    /** {@return an upload of sheets with the workbook as its checklist} */
    private static List<Part> sheets(byte[] workbook) {
        return new ArrayList<>(List.of(Part.sample("iit", "csv/iit-2564.csv"), Part.sample("eit", "csv/eit-2564.csv"),
                Part.file("oit", "oit.xlsx", workbook), Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564")));
    }
}

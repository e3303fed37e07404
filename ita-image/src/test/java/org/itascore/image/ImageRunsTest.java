package org.itascore.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.itascore.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The image runs: its layers unpacked in order, its root filesystem mounted read-only, as its own user, with its
 * own environment and entry point, and its own health check deciding when it is up. Then the service answers the
 * sample report and makes a Word document (which loads the most of the runtime's modules: POI's XML, fonts and
 * zip), and serves the Thai home page.
 *
 * <p>No container runtime runs on the build machines, so this does by hand what one does: it needs root for the
 * mount namespace and chroot, which CI has (.ci/run). Elsewhere it is skipped and says why.
 */
class ImageRunsTest {

    private static final int PORT = 18_080 + (int) (ProcessHandle.current().pid() % 1000);

    @Test
    void servesFromAReadOnlyRootAsItsOwnUser(@TempDir Path work) throws Exception {
        assumeTrue(isRoot(), "needs root for a mount namespace and chroot, as CI runs it");
        ImageTarball image = ImageTarball.built();
        Path root = work.resolve("rootfs");
        unpack(image, root);

        JsonNode config = image.config().get("config");
        List<String> health = ImageTarball.strings(config.get("Healthcheck").get("Test"));
        health = health.subList(1, health.size());
        List<String> environment = new ArrayList<>();
        config.get("Env").forEach(e -> environment.add(e.asString().startsWith("ITA_PORT=") ? "ITA_PORT=" + PORT : e.asString()));
        List<String> command = ImageTarball.strings(config.get("Entrypoint"));
        command.addAll(ImageTarball.strings(config.get("Cmd")));
        command.set(0, "/opt/java/bin/java");
        Files.write(work.resolve("health"), health);
        Files.write(work.resolve("env"), environment);
        Files.write(work.resolve("command"), command);
        Path script = work.resolve("run-image.sh");
        try (InputStream in = ImageRunsTest.class.getResourceAsStream("run-image.sh")) {
            Files.write(script, in.readAllBytes());
        }

        Process run = new ProcessBuilder("unshare", "-m", "--fork", "bash", script.toString(), root.toString(),
                config.get("User").asString(), work.resolve("health").toString(), work.resolve("env").toString(),
                work.resolve("command").toString())
                .redirectError(work.resolve("stderr").toFile()).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("READY", ready, () -> "the image did not become healthy: " + read(work.resolve("stderr")));

            HttpClient client = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + PORT + "/");
            HttpResponse<String> healthy = client.send(HttpRequest.newBuilder(base.resolve("health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, healthy.statusCode());
            assertTrue(healthy.body().contains("\"version\":\"" + System.getProperty("ita.projectVersion") + "\""), healthy.body());

            HttpResponse<String> assessed = client.send(HttpRequest.newBuilder(base.resolve("v1/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Samples.text("khon-kaen-2566.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, assessed.statusCode(), assessed.body());
            // The sample's own figures, worked by hand in DOMAIN.md: 90.05, grade A.
            JsonNode result = tools.jackson.databind.json.JsonMapper.builder().build().readTree(assessed.body());
            assertEquals(0, new java.math.BigDecimal("90.05").compareTo(result.get("score").decimalValue()), assessed.body());
            assertEquals("A", result.get("grade").asString());

            StringBuilder form = new StringBuilder("office=%E0%B8%97%E0%B8%94%E0%B8%A5%E0%B8%AD%E0%B8%87&fiscalYear=2569");
            for (int i = 1; i <= 10; i++) {
                form.append("&indicator").append(i).append("=90");
            }
            HttpResponse<byte[]> word = client.send(HttpRequest.newBuilder(base.resolve("result.docx"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, word.statusCode(), () -> new String(word.body(), StandardCharsets.UTF_8));
            assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(word.body(), 2));

            HttpResponse<String> home = client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("lang=\"th\""), home.body());
        } finally {
            run.getOutputStream().close();
            if (!run.waitFor(30, TimeUnit.SECONDS)) {
                run.destroyForcibly();
            }
        }
    }

    private static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return id.waitFor(10, TimeUnit.SECONDS) && uid.equals("0") && Files.isExecutable(Path.of("/usr/sbin/chroot"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Unpacks the layers in order, as a runtime stacks them (no whiteouts: Jib and the base write none). */
    private static void unpack(ImageTarball image, Path root) throws IOException {
        for (ImageTarball.Layer layer : image.layers()) {
            for (ImageTarball.Entry entry : layer.entries().values()) {
                Path target = root.resolve(entry.path());
                switch (entry.type()) {
                    case '5' -> Files.createDirectories(target);
                    case '2' -> {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.link()));
                    }
                    default -> {
                        Files.createDirectories(target.getParent());
                        Files.write(target, entry.content());
                    }
                }
                if (entry.type() != '2') {
                    Files.setPosixFilePermissions(target, permissions(entry.mode()));
                }
            }
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(int mode) {
        String rwx = "rwxrwxrwx";
        StringBuilder text = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? rwx.charAt(8 - bit) : '-');
        }
        return java.nio.file.attribute.PosixFilePermissions.fromString(text.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no standard error)";
        }
    }
}

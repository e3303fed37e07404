package org.itascore.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The image the build made, read from its tarball's manifest and config as a container runtime reads them. */
class ImageTest {

    private static ImageTarball image;

    @BeforeAll
    static void read() throws IOException {
        image = ImageTarball.built();
    }

    private static JsonNode config() {
        return image.config().get("config");
    }

    @Test
    void runsAsAUserThatIsNotRoot() {
        String user = config().get("User").asString();
        assertEquals("65532:65532", user);
        String passwd = new String(image.file("/etc/passwd").content(), StandardCharsets.UTF_8);
        assertTrue(passwd.lines().anyMatch(line -> line.startsWith("ita:x:65532:65532:")), passwd);
    }

    /** The health check is in the config, runs the image's own probe with its own Java, and the probe is there. */
    @Test
    void checksItsHealthOnHealth() {
        JsonNode check = config().get("Healthcheck");
        assertNotNull(check, "no Healthcheck in " + config());
        List<String> test = ImageTarball.strings(check.get("Test"));
        assertEquals("CMD", test.get(0));
        assertEquals("/opt/java/bin/java", test.get(1));
        assertEquals("org.itascore.image.HealthCheck", test.get(test.size() - 1));
        assertEquals("/app/classes", test.get(test.indexOf("-cp") + 1));
        assertNotNull(image.file("/app/classes/org/itascore/image/HealthCheck.class"));
        assertNotNull(image.file("/opt/java/bin/java"));
        assertTrue(check.get("Interval").asLong() > 0 && check.get("Timeout").asLong() > 0, check.toString());
    }

    /** The service, bound to every interface of the container on 8080, configured by the ITA_* variables. */
    @Test
    void servesOnEveryInterfaceConfiguredByTheEnvironment() {
        List<String> env = ImageTarball.strings(config().get("Env"));
        assertTrue(env.contains("ITA_HOST=0.0.0.0"), env.toString());
        assertTrue(env.contains("ITA_PORT=8080"), env.toString());
        assertTrue(config().get("ExposedPorts").has("8080/tcp"), config().toString());
        List<String> entrypoint = ImageTarball.strings(config().get("Entrypoint"));
        assertEquals("org.itascore.cli.Ita", entrypoint.get(entrypoint.size() - 1));
        assertEquals(List.of("serve"), ImageTarball.strings(config().get("Cmd")));
    }

    /** Every entry of the class path the entry point names is in the image (a library lost to a scope is not). */
    @Test
    void holdsItsWholeClassPath() {
        String classPath = new String(image.file("/app/jib-classpath-file").content(), StandardCharsets.UTF_8).strip();
        List<String> missing = new ArrayList<>();
        for (String entry : classPath.split(":")) {
            if (image.file(entry) == null) {
                missing.add(entry);
            }
        }
        assertTrue(missing.isEmpty(), "not in the image: " + missing);
        for (String library : List.of("ita-cli", "ita-http", "ita-core", "jackson-core", "jetty-server", "poi-ooxml")) {
            assertTrue(classPath.matches("(?s).*/app/libs/" + library + "-[0-9][^:/]*\\.jar.*"), library + " in " + classPath);
        }
    }

    /**
     * Nothing that the service's user could write, but /tmp: every file belongs to root and no file is writable by
     * others, so a read-only root filesystem takes nothing from the service that it needs.
     */
    @Test
    void givesItsUserNothingToWriteButTmp() {
        List<String> wrong = new ArrayList<>();
        for (ImageTarball.Layer layer : image.layers()) {
            for (ImageTarball.Entry entry : layer.entries().values()) {
                boolean othersWrite = (entry.mode() & 0002) != 0 && entry.type() != '2';
                if (entry.uid() != 0 || (othersWrite && !entry.path().equals("tmp"))) {
                    wrong.add(entry.path() + " uid " + entry.uid() + " mode " + Integer.toOctalString(entry.mode()));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertEquals(01777, image.file("/tmp").mode() & 07777);
    }

    @Test
    void saysWhatItIs() {
        JsonNode labels = config().get("Labels");
        assertEquals(System.getProperty("ita.projectVersion"), labels.get("org.opencontainers.image.version").asString());
        assertEquals("Apache-2.0", labels.get("org.opencontainers.image.licenses").asString());
        assertNotEquals("0", config().get("User").asString().split(":")[0]);
    }
}

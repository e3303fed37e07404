package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The deployment files of docs/deploy.md: the systemd unit verifies, and every file names only settings
 * {@code ita serve} reads, while the page's table names every one of them.
 */
class DeployFilesTest {

    private static final Pattern VARIABLE = Pattern.compile("ITA_[A-Z_]+");
    private static final Path ROOT = Path.of(System.getProperty("ita.repositoryRoot", ".."));

    /** {@return the variables ita serve reads: those its source names} */
    private static Set<String> readByServe() throws IOException {
        Set<String> names = variables(Files.readString(ROOT.resolve("ita-cli/src/main/java/org/itascore/cli/ServeCommand.java")));
        assertTrue(names.containsAll(Set.of("ITA_HOST", "ITA_PORT", "ITA_TOKEN")), names.toString());
        return names;
    }

    private static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    @Test
    void systemdUnitVerifies() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is installed by .ci/run");
        Process verify = new ProcessBuilder("systemd-analyze", "verify", ROOT.resolve("docs/deploy/ita.service").toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), output);
        assertEquals("", output.strip(), "systemd-analyze warned");
    }

    @Test
    void everyFileNamesOnlySettingsServeReads() throws IOException {
        Set<String> known = readByServe();
        for (String file : new String[] {"docs/deploy/ita.service", "docs/deploy/ita-service.xml", "docs/deploy.md",
            "docs/http.md", "ita-image/pom.xml"}) {
            Set<String> named = variables(Files.readString(ROOT.resolve(file)));
            named.removeAll(known);
            assertTrue(named.isEmpty(), file + " names settings ita serve does not read: " + named);
        }
    }

    @Test
    void deployPageListsEverySetting() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/deploy.md"));
        for (String name : readByServe()) {
            assertTrue(page.contains("| `" + name + "` |"), "docs/deploy.md's table lacks " + name);
        }
    }

    @Test
    void windowsServiceConfigurationIsWellFormed() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("docs/deploy/ita-service.xml").toFile());
        assertEquals("service", document.getDocumentElement().getTagName());
        assertEquals("ita", document.getElementsByTagName("id").item(0).getTextContent());
        assertTrue(document.getElementsByTagName("arguments").item(0).getTextContent().endsWith("ita.jar\" serve"));
    }
}

package org.itascore.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The reactor these tests belong to, as an adopter's build would meet its artifacts: the published modules, a
 * local repository staged from what the reactor packaged (as {@code install} would lay it out), and Maven run on
 * a project of the test's own against it, offline.
 *
 * <p>The staged repository is the head of a chain whose tail is the build's own local repository
 * ({@code maven.repo.local.tail}, Maven 3.9): plugins and third-party libraries come from the tail, read only,
 * and every {@code org.itascore} artifact from the stage. So the tests see this build's jars even under
 * {@code ./mvnw verify}, which installs nothing.
 */
final class Reactor {

    static final String GROUP = "org.itascore";

    private Reactor() {
    }

    /** {@return the checkout's root, where the reactor's pom.xml is} */
    static Path root() {
        return Path.of(System.getProperty("ita.repositoryRoot"));
    }

    /** {@return the version the reactor builds} */
    static String version() {
        return System.getProperty("ita.projectVersion");
    }

    /**
     * {@return every module the reactor publishes, by artifactId, with its packaging: those its pom.xml (or a
     * profile of it) lists whose POM does not skip deployment}
     */
    static Map<String, String> published() throws IOException {
        Map<String, String> modules = new LinkedHashMap<>();
        Document parent = xml(root().resolve("pom.xml"));
        NodeList names = parent.getElementsByTagName("module");
        for (int i = 0; i < names.getLength(); i++) {
            Path pom = root().resolve(names.item(i).getTextContent().strip()).resolve("pom.xml");
            Document module = xml(pom);
            Element properties = child(module.getDocumentElement(), "properties");
            Element skip = properties == null ? null : child(properties, "maven.deploy.skip");
            if (skip == null || !skip.getTextContent().strip().equals("true")) {
                Element packaging = child(module.getDocumentElement(), "packaging");
                modules.put(child(module.getDocumentElement(), "artifactId").getTextContent().strip(),
                        packaging == null ? "jar" : packaging.getTextContent().strip());
            }
        }
        return modules;
    }

    /**
     * Lays out the parent and every published module (its POM, and its jar if it has one) in a repository at the
     * directory, as {@code mvn install} would.
     *
     * @param repository the directory of the staged repository
     */
    static void stage(Path repository) throws IOException {
        copy(root().resolve("pom.xml"), artifact(repository, "ita-parent", "pom"));
        for (Map.Entry<String, String> module : published().entrySet()) {
            Path dir = root().resolve(module.getKey());
            copy(dir.resolve("pom.xml"), artifact(repository, module.getKey(), "pom"));
            if (module.getValue().equals("jar")) {
                Path jar = dir.resolve("target").resolve(module.getKey() + "-" + version() + ".jar");
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(jar + " is not built: run these tests in the reactor");
                }
                copy(jar, artifact(repository, module.getKey(), "jar"));
            }
        }
    }

    private static Path artifact(Path repository, String artifactId, String extension) {
        return repository.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version())
                .resolve(artifactId + "-" + version() + "." + extension);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What a Maven run printed, and how it ended. */
    record Run(int exitCode, String output) {
    }

    /**
     * Runs the Maven that runs this build on the project in the directory, offline, with the staged repository
     * ahead of the build's own.
     *
     * @param project the project's directory
     * @param repository the staged repository
     * @param arguments goals and options
     */
    static Run maven(Path project, Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-o", "-ntp", "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + System.getProperty("ita.localRepository")));
        command.addAll(List.of(arguments));
        Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = maven.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!maven.waitFor(300, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
            throw new IllegalStateException("Maven did not finish within 300 s: " + output);
        }
        return new Run(maven.exitValue(), output);
    }

    static Document xml(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + " is not a readable POM: " + e.getMessage(), e);
        }
    }

    /** {@return the element's first child element of the name, or null} */
    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}

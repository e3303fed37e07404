package org.itascore.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** ita-bom, as a district system's build imports it. */
class BomTest {

    /** The BOM names exactly the modules the reactor publishes, each at the reactor's version, and is at it too. */
    @Test
    void listsEveryPublishedModuleAtTheReactorsVersion() throws IOException {
        Document bom = Reactor.xml(Reactor.root().resolve("ita-bom").resolve("pom.xml"));
        assertEquals(Reactor.version(), Reactor.child(bom.getDocumentElement(), "version").getTextContent().strip());
        assertEquals(null, Reactor.child(bom.getDocumentElement(), "parent"), "a BOM with a parent leaks its versions");
        Map<String, String> listed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals(Reactor.GROUP, Reactor.child(dependency, "groupId").getTextContent().strip());
            listed.put(Reactor.child(dependency, "artifactId").getTextContent().strip(),
                    Reactor.child(dependency, "version").getTextContent().strip());
        }
        TreeSet<String> published = new TreeSet<>(Reactor.published().keySet());
        published.remove("ita-bom");
        assertEquals(published, listed.keySet());
        listed.forEach((module, version) -> assertEquals(Reactor.version(), version, module));
    }

    /**
     * A consumer project that imports the BOM and names every module without a version compiles against them
     * and resolves each, offline, at the one version, from the artifacts this reactor built.
     */
    @Test
    void resolvesEveryModuleAtOneVersionInAConsumer(@TempDir Path work) throws Exception {
        Path repository = work.resolve("repository");
        Reactor.stage(repository);
        Path consumer = work.resolve("consumer");
        Files.createDirectories(consumer.resolve("src/main/java/org/example/district"));
        StringBuilder dependencies = new StringBuilder();
        TreeSet<String> modules = new TreeSet<>(Reactor.published().keySet());
        modules.remove("ita-bom");
        for (String module : modules) {
            dependencies.append("    <dependency><groupId>org.itascore</groupId><artifactId>").append(module)
                    .append("</artifactId></dependency>\n");
        }
        Files.writeString(consumer.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.district</groupId>
                  <artifactId>consumer</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.itascore</groupId>
                        <artifactId>ita-bom</artifactId>
                        <version>%s</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-dependency-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(Reactor.version(), dependencies, System.getProperty("ita.resourcesPluginVersion"),
                System.getProperty("ita.compilerPluginVersion"), System.getProperty("ita.dependencyPluginVersion")));
        Files.writeString(consumer.resolve("src/main/java/org/example/district/Check.java"), """
                package org.example.district;

                import org.itascore.Release;
                import org.itascore.json.ItaJson;

                public class Check {
                    public static String describe() {
                        return Release.current() + " " + ItaJson.class.getSimpleName();
                    }
                }
                """);
        Reactor.Run run = Reactor.maven(consumer, repository, "compile", "dependency:list",
                "-DincludeGroupIds=org.itascore", "-DoutputAbsoluteArtifactFilename=true",
                "-DoutputFile=" + consumer.resolve("dependencies.txt"));
        assertEquals(0, run.exitCode(), run.output());

        Pattern line = Pattern.compile("org\\.itascore:([a-z-]+):jar:([^:]+):compile:(\\S+)");
        Map<String, String> resolved = new TreeMap<>();
        for (String text : Files.readAllLines(consumer.resolve("dependencies.txt"))) {
            Matcher m = line.matcher(text);
            if (m.find()) {
                resolved.put(m.group(1), m.group(2));
                assertTrue(Path.of(m.group(3)).startsWith(repository), "resolved from the staged build: " + text);
            }
        }
        assertEquals(modules, resolved.keySet(), run.output());
        resolved.forEach((module, version) -> assertEquals(Reactor.version(), version, module));
    }
}

package org.itascore.http;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The service in a process of its own, for the tests that watch it from outside under an operating system's limits
 * ({@code prlimit}) and measure its resident memory: prints its port, serves until its standard input closes.
 */
public final class ServeForTests {

    private ServeForTests() {
    }

    /**
     * Serves on a free port.
     *
     * @param args the header deadline in milliseconds
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        try (ItaServer server = ItaServer.builder().port(0).headerTimeout(Duration.ofMillis(Long.parseLong(args[0])))
                .accessLog(line -> { }).build().start()) {
            System.out.println(server.port());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // serving until the test closes the pipe
            }
        }
    }

    /**
     * {@return the command that runs this class in a new JVM}: the test's own class and module paths, as a class path
     *
     * @param prefix what runs before the JVM (prlimit and its limits), possibly nothing
     * @param jvm the JVM's options (its heap)
     * @param headerMillis the header deadline in milliseconds
     */
    static List<String> command(List<String> prefix, List<String> jvm, long headerMillis) {
        Set<String> path = new LinkedHashSet<>();
        path.add(location(ServeForTests.class));
        path.add(location(ItaServer.class));
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        List<String> command = new java.util.ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, path), ServeForTests.class.getName(), Long.toString(headerMillis)));
        return command;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

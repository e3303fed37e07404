package org.itascore.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the OpenAPI document as the service serves it to a file, for the build to generate clients from
 * (ita-http's pom: the PHP and Python clients that {@code GeneratedClientsTest} runs).
 */
public final class WriteOpenApi {

    private WriteOpenApi() {
    }

    /**
     * Writes the document.
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Api.OPENAPI, StandardCharsets.UTF_8);
    }
}

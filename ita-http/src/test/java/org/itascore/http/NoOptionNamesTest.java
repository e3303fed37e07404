package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core and the service speak of fields, never of the command line's options: the compiled classes of ita-core
 * and ita-http hold no string that names an option such as {@code --max-body} or {@code --office}. (A class file
 * keeps its string literals as UTF-8 in its constant pool, so a text search of the bytes finds them.)
 */
class NoOptionNamesTest {

    private static final Pattern OPTION = Pattern.compile("(?<![-\\w])--[a-z][a-z-]{2,}");

    @Test
    void noCompiledMessageOfTheCoreOrTheServiceNamesAnOption() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path classes : List.of(Path.of("target", "classes"), Path.of("..", "ita-core", "target", "classes"))) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".properties")).toList()) {
                    Matcher m = OPTION.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        found.add(classes.relativize(f) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}

package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void versionIsTheProjectsAsTheBuildWroteIt() {
        String expected = System.getProperty("ita.projectVersion");
        assertTrue(expected != null && !expected.isBlank(), "run by Maven, which passes the project's version");
        assertEquals(expected, Release.current().version());
    }

    /** The commit is the checkout's own, as git names it, whenever the tests run in a git checkout. */
    @Test
    void commitIsTheCheckoutsHead() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("ita.repositoryRoot", "."));
        if (!Files.exists(root.resolve(".git"))) {
            assertTrue(Release.current().commit().isEmpty(), "a build without git history has no commit");
            return;
        }
        String head = git(root, "rev-parse", "--short=12", "HEAD");
        assertEquals(head, Release.current().commit().orElseThrow());
        boolean modified = !git(root, "status", "--porcelain", "--untracked-files=no").isEmpty();
        assertEquals(modified, Release.current().modified(), "tracked files changed since the commit");
        assertEquals(Release.current().version() + " (commit " + head + (modified ? ", modified)" : ")"),
                Release.current().toString());
    }

    private static String git(Path root, String... arguments) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", root.toString()));
        command.addAll(java.util.List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, output);
        return output;
    }
}

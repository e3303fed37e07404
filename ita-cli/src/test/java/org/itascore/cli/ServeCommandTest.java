package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code ita serve}'s settings are checked before it listens; a port taken is said, not thrown. */
class ServeCommandTest {

    @Test
    void badSettingsAreNamed() {
        Run port = Run.of("serve", "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().startsWith("ita: serve: a port is 0 to 65535, got 70000"), port.err());
        Run threads = Run.of("serve", "--threads", "0");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().startsWith("ita: serve: a service runs one request at least"), threads.err());
    }

    @Test
    void aPortTakenIsSaid() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(3, run.exitCode());
            assertTrue(run.err().startsWith("ita: serve: the service cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().endsWith(": the port is taken, or the address is not one of this machine's\n"), run.err());
        }
    }

    @Test
    void aTokenFileIsReadWithABound() throws Exception {
        // /dev/zero never ends: read whole, it ran the command out of memory
        for (String file : java.util.List.of("/dev/zero", bigFile().toString())) {
            Run run = Run.of("serve", "--port", "0", "--token-file", file);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("ita: --token-file: " + file + " holds more than 4096 bytes; a token is one line"),
                    run.err());
        }
    }

    private static java.nio.file.Path bigFile() throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("ita-token", ".txt");
        f.toFile().deleteOnExit();
        return java.nio.file.Files.writeString(f, "x".repeat(5000));
    }
}

package org.itascore.cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * An input of a command: a file, standard input ({@code -}), or a sample bundled with ita.
 *
 * @param name the name used in messages: the path, {@code <stdin>} or {@code sample:NAME}
 * @param bytes the content
 */
record Input(String name, byte[] bytes) {

    /** The sample read when {@code ita score} is given no file: Khon Kaen Secondary ESA, FY2566. */
    static final String DEFAULT_SAMPLE = "khon-kaen-2566.json";

    /**
     * Reads a file argument.
     *
     * @param file the argument: a path, {@code -} for standard input, or null for the sample
     * @param stdin standard input
     * @param sample the sample to read when the argument is null
     * @throws CliException with exit code 3 if the file cannot be read
     */
    static Input read(String file, InputStream stdin, String sample) {
        if (file == null) {
            return sample(sample);
        }
        if (file.equals("-")) {
            try {
                return new Input("<stdin>", readAtMost(stdin, "<stdin>"));
            } catch (IOException e) {
                throw unreadable("<stdin>", e);
            }
        }
        try {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return new Input(file, readAtMost(in, file));
            }
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + file + ": no such file"));
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads a whole document, but no more than the document limit of ita-json: a larger input (or an endless
     * one, such as /dev/zero) is refused after the limit, before it can fill the memory.
     */
    private static byte[] readAtMost(InputStream in, String name) throws IOException {
        long limit = org.itascore.json.ItaJson.LIMITS.getMaxDocumentLength();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: " + name + ": /: a document has at most "
                    + limit / (1024 * 1024) + " MiB; this one is larger (survey batches and cohorts are read as streams, "
                    + "without this limit)"));
        }
        return bytes;
    }

    /**
     * Opens a file argument as a stream, for inputs read record by record.
     *
     * @param file a path, or {@code -} for standard input
     * @param stdin standard input
     * @return the stream; the caller closes it
     * @throws CliException with exit code 3 if the file cannot be opened
     */
    static InputStream open(String file, InputStream stdin) {
        if (file.equals("-")) {
            return stdin;
        }
        try {
            return new java.io.BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + file + ": no such file"));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads a file argument record by record (a survey batch, a cohort) with a reader of ita-json, and ends
     * the progress line whatever happens.
     *
     * @param file a path, or {@code -} for standard input
     * @param stdin standard input
     * @param progress the progress line, ended when reading ends
     * @param reader reads the stream
     * @return what the reader made of it
     * @throws CliException exit 2, one line per problem, if the input is refused; exit 3 if it cannot be read
     */
    static <T> T stream(String file, InputStream stdin, Progress progress, java.util.function.Function<InputStream, T> reader) {
        String name = nameOf(file);
        try (InputStream in = open(file, stdin)) {
            return reader.apply(in);
        } catch (org.itascore.InvalidInputException e) {
            throw Failures.invalid(name, e);
        } catch (UncheckedIOException e) {
            throw Failures.unreadable(name, e);
        } catch (IOException e) {
            throw unreadable(name, e);
        } finally {
            progress.done();
        }
    }

    /** {@return the name of a file argument in messages} */
    static String nameOf(String file) {
        return file.equals("-") ? "<stdin>" : file;
    }

    /** Reads a bundled sample. */
    static Input sample(String name) {
        return new Input("sample:" + name, org.itascore.samples.Samples.bytes(name));
    }

    private static CliException unreadable(String name, Exception e) {
        return new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + e.getMessage()));
    }
}

package org.itascore.samples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled sample inputs, by name:
 *
 * <ul>
 * <li>{@code khon-kaen-2566.json}: seed 000's report (format 1), Khon Kaen Secondary ESA, FY2566, with its printed
 *     results and history;</li>
 * <li>{@code khon-kaen-plan-2567.json}: its FY2567 plan of measures (format 7);</li>
 * <li>{@code chachoengsao-2-2562.json}: seed 004's report, Chachoengsao Primary ESA 2, FY2562;</li>
 * <li>{@code survey-2564.json} and {@code oit-2564.json}: a fictitious office's survey batch (format 2) and OIT
 *     checklist (format 3), FY2564;</li>
 * <li>{@code csv/iit-2564.csv}, {@code csv/eit-2564.csv}, {@code csv/oit-2564.csv}: the same answers as Google
 *     Forms exports and a checklist sheet;</li>
 * <li>{@code cohort-2566.ndjson}: 245 offices' reports (format 6).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Samples {

    /** Every sample's name. */
    public static final List<String> NAMES = List.of("khon-kaen-2566.json", "khon-kaen-plan-2567.json", "chachoengsao-2-2562.json",
            "survey-2564.json", "oit-2564.json", "csv/iit-2564.csv", "csv/eit-2564.csv", "csv/oit-2564.csv", "cohort-2566.ndjson");

    private Samples() {
    }

    /**
     * Opens a sample.
     *
     * @param name the sample's name, one of {@link #NAMES}
     * @return its bytes, to be closed by the caller
     * @throws IllegalArgumentException if there is no such sample
     */
    public static InputStream open(String name) {
        requireNonNull(name, "name");
        InputStream in = Samples.class.getResourceAsStream(name);
        if (in == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample " + name + "; the samples are " + NAMES);
        }
        return in;
    }

    /**
     * {@return a sample's bytes}
     *
     * @param name the sample's name, one of {@link #NAMES}
     * @throws IllegalArgumentException if there is no such sample
     */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return a sample's text, UTF-8}
     *
     * @param name the sample's name, one of {@link #NAMES}
     * @throws IllegalArgumentException if there is no such sample
     */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}

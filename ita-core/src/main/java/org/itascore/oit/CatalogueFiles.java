package org.itascore.oit;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Bilingual;
import org.itascore.Indicator;

/**
 * Reads the catalogues that ship with the library from their data files ({@code catalogues/NAME.tsv} next
 * to this class). A file is tab-separated, one line a row: {@code sub ID INDICATOR THAI ENGLISH} for a
 * sub-indicator and {@code item ID SUB THAI ENGLISH} for an item, in order; lines starting with {@code #}
 * say where the data comes from; a title written {@code ?} is not published
 * ({@link OitItem#untitled}).
 */
final class CatalogueFiles {

    /** The catalogue files, by name, in the order {@link OitCatalogue#builtInNames()} lists them. */
    static final ImmutableList<String> NAMES =
            ImmutableList.of("classic", "nacc-2566", "nacc-2568", "nacc-2569", "ovec-2568", "ovec-2569");

    private CatalogueFiles() {
    }

    static OitCatalogue read(String name) {
        String resource = "catalogues/" + name + ".tsv";
        try (InputStream in = CatalogueFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the library's catalogue file " + resource + " is missing");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OitCatalogue parse(String resource, List<String> lines) {
        List<SubIndicator> subs = new ArrayList<>();
        List<OitItem> items = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(resource + " line " + (n + 1) + ": five tab-separated fields expected");
            }
            boolean untitled = f[3].equals("?") && f[4].equals("?");
            switch (f[0]) {
                case "sub" -> subs.add(new SubIndicator(f[1], Indicator.ofNumber(Integer.parseInt(f[2])), Bilingual.of(f[3], f[4])));
                case "item" -> items.add(untitled ? OitItem.untitled(f[1], f[2]) : new OitItem(f[1], f[2], Bilingual.of(f[3], f[4])));
                default -> throw new IllegalStateException(resource + " line " + (n + 1) + ": a row is 'sub' or 'item'");
            }
        }
        return OitCatalogue.of(subs, items);
    }
}

package org.itascore.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image Jib wrote, read as a container runtime reads it: the tarball's manifest.json names the config and the
 * layers in order, and each layer is a tar (here gzipped) of files. A reader of POSIX ustar and GNU tar headers,
 * enough for what Jib and base-image.sh write; PAX headers are skipped.
 */
record ImageTarball(JsonNode config, List<Layer> layers) {

    /** One file of a layer: its mode, owner and type as the tar header gives them, its bytes, a link's target. */
    record Entry(String path, int mode, int uid, char type, byte[] content, String link) {
    }

    /** One layer: its entries by path. */
    record Layer(String name, Map<String, Entry> entries) {
    }

    /** {@return the image made by the build, target/ita-image.tar} */
    static ImageTarball built() throws IOException {
        return read(Path.of("target", "ita-image.tar"));
    }

    static ImageTarball read(Path tarball) throws IOException {
        Map<String, Entry> outer;
        try (InputStream in = Files.newInputStream(tarball)) {
            outer = entries(in);
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(outer.get("manifest.json").content()).get(0);
        JsonNode config = json.readTree(outer.get(manifest.get("Config").asString()).content());
        List<Layer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] bytes = outer.get(layer.asString()).content();
            try (InputStream in = layer.asString().endsWith(".gz")
                    ? new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)) : new java.io.ByteArrayInputStream(bytes)) {
                layers.add(new Layer(layer.asString(), entries(in)));
            }
        }
        return new ImageTarball(config, layers);
    }

    /** {@return the file at the absolute path in the image, as the last layer holding it gives it, if any} */
    Entry file(String path) {
        Entry found = null;
        for (Layer layer : layers) {
            Entry entry = layer.entries().get(normal(path));
            if (entry != null) {
                found = entry;
            }
        }
        return found;
    }

    /** {@return the strings of a JSON array of the config, in order} */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static String normal(String path) {
        String p = path.startsWith("./") ? path.substring(2) : path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, Entry> entries(InputStream in) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty() && new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar")
                    && header[262] == 0) {
                name = prefix + "/" + name;
            }
            int mode = (int) octal(header, 100, 8);
            int uid = (int) octal(header, 108, 8);
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            String link = text(header, 157, 100);
            byte[] content = in.readNBytes((int) size);
            in.skipNBytes((512 - size % 512) % 512);
            if (type == 'L') {
                longName = text(content, 0, content.length);
                continue;
            }
            if (type == 'x' || type == 'g') {
                continue;
            }
            if (longName != null) {
                name = longName;
                longName = null;
            }
            String path = normal(name);
            if (!path.isEmpty() && !path.equals(".")) {
                entries.put(path, new Entry(path, mode, uid, type, content, link));
            }
        }
        return entries;
    }

    private static String text(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] bytes, int offset, int length) {
        String digits = text(bytes, offset, length).strip();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}

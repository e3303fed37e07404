package org.itascore.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image Jib wrote, read as a container runtime reads it: the tarball's manifest.json names the config and the
 * layers in order, and each layer is a tar (here gzipped) of files.
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

    /** The entries of a tar, read by Commons Compress (on the class path through POI): POSIX, GNU and PAX headers. */
    private static Map<String, Entry> entries(InputStream in) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String path = normal(entry.getName());
            byte[] content = tar.readAllBytes();
            if (!path.isEmpty() && !path.equals(".")) {
                char type = entry.isSymbolicLink() ? '2' : entry.isDirectory() ? '5' : '0';
                entries.put(path, new Entry(path, entry.getMode(), (int) entry.getLongUserId(), type, content,
                        entry.getLinkName()));
            }
        }
        return entries;
    }
}

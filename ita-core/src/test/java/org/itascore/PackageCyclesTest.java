package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of ita-core form no cycle: each depends only on packages that do not depend back on it. The
 * dependencies are read from the compiled classes by the JDK's own jdeps.
 */
class PackageCyclesTest {

    @Test
    void corePackagesHaveNoCycle() throws Exception {
        Path classes = Paths.get(Location.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> edges = dependencies(classes);
        assertTrue(edges.containsKey("org.itascore.assess"), "jdeps read the classes: " + edges.keySet());
        assertEquals(List.of(), cycles(edges), "package cycles");
    }

    /** Runs jdeps -verbose:package on the classes: {@code from -> to} for every package of the library. */
    private static Map<String, Set<String>> dependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        // the classes hold module-info, so jdeps reads them as a module: Guava goes on the module path
        String path = System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator
                + System.getProperty("java.class.path", "");
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none", "--multi-release", "base",
                "--module-path", path, classes.toString());
        assertEquals(0, code, out + "\n" + err);
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[0].startsWith("org.itascore") && words[1].equals("->")
                    && words[2].startsWith("org.itascore") && !words[0].equals(words[2])) {
                edges.computeIfAbsent(words[0], k -> new TreeSet<>()).add(words[2]);
            }
        }
        return edges;
    }

    /** Every strongly connected set of more than one package (Tarjan's algorithm, iteratively by depth). */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        List<Set<String>> found = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}

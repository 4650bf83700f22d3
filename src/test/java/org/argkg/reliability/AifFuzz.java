package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.argkg.support.Cli;

/**
 * Valid AIF nodesets to mutate, and the store to import them into. The nodesets are the AIF
 * fixtures of {@code src/test/fixtures/aif/valid/} and the AIF exports ({@code argkg export --format
 * aif}) of the documents of the seed base of {@link FuzzBase}; the store is built from that base, so
 * the exports' links resolve. A case runs {@code argkg import --format aif} with {@code --replace}
 * into that store ({@link Fuzzing#checkImport}); the store is built anew now and then, as every
 * accepted import adds a write to it.
 */
final class AifFuzz {

    /** One valid nodeset: where it comes from, its bytes, and its JSON as a tree of maps, lists and scalars. */
    record Nodeset(String name, byte[] original, Object tree) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The id the imported document gets in every case. */
    static final String DOC_ID = "fuzzed-aif";

    /** Accepted imports after which the store is built anew (TDB2 only grows). */
    static final int REBUILD_EVERY = 200;

    private static List<Nodeset> nodesets;
    private static Path db;
    private static int writes;
    private static int stores;

    private AifFuzz() {
    }

    static synchronized List<Nodeset> nodesets() {
        if (nodesets == null) {
            List<Nodeset> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(Path.of("src", "test", "fixtures", "aif", "valid"))) {
                for (Path dir : s.sorted().toList()) {
                    out.add(nodeset("fixture:" + dir.getFileName(), Files.readAllBytes(dir.resolve("nodeset.json"))));
                }
                Path seeds = FuzzBase.all().get(0).seeds();
                Path exports = Fuzzing.work().resolve("aif-exports");
                Files.createDirectories(exports);
                for (String doc : FuzzBase.SEED_DOCUMENTS) {
                    Path file = exports.resolve(doc + ".json");
                    Cli.Run r = Cli.run("export", "--format", "aif", "--graph", doc, "--out", file.toString(),
                            "--db", db(seeds).toString());
                    assertThat(r.exit()).as("export of %s: %s %s", doc, r.out(), r.err()).isZero();
                    out.add(nodeset("export:" + doc, Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nodesets = List.copyOf(out);
        }
        return nodesets;
    }

    private static Nodeset nodeset(String name, byte[] bytes) {
        return new Nodeset(name, bytes, new Json(new String(bytes, StandardCharsets.UTF_8)).value());
    }

    /** The store the cases import into (built from the seed base on first use, and again every {@link #REBUILD_EVERY} writes). */
    static synchronized Path db() {
        return db(FuzzBase.all().get(0).seeds());
    }

    private static synchronized Path db(Path seeds) {
        if (db == null || writes >= REBUILD_EVERY) {
            try {
                Path dir = Fuzzing.work().resolve("aif-store-" + stores);
                FuzzBase.deleteTree(dir);
                Path fresh = dir.resolve("db");
                Cli.Run r = Cli.run("build", "--seeds", seeds.toString(), "--db", fresh.toString());
                assertThat(r.exit()).as("build of the import store: %s %s", r.out(), r.err()).isZero();
                db = fresh;
                writes = 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }

    /** A case that outlived the hang guard may still be writing: the next one gets a store of its own. */
    static synchronized void abandon() {
        db = null;
        stores++;
    }

    /** Counts an import that was accepted (a write to the store). */
    static synchronized void wrote() {
        writes++;
    }

    // ---------------------------------------------------------------- sites

    /** A place in a nodeset: a member of an object (its key) or an item of an array, by its path from the root. */
    record Site(Nodeset nodeset, List<Object> path) {

        /** The path with array indexes collapsed: {@code nodes[].nodeID}. */
        String schema() {
            StringBuilder sb = new StringBuilder();
            for (Object p : path) {
                if (p instanceof Integer) {
                    sb.append("[]");
                } else {
                    sb.append(sb.isEmpty() ? "" : ".").append(p);
                }
            }
            return sb.toString();
        }

        boolean isKey() {
            return path.get(path.size() - 1) instanceof String;
        }

        /** The nodeset with this site's value replaced by {@code json} (raw JSON text). */
        byte[] replaced(String json) {
            return write(new Edit(path, "replace", json));
        }

        byte[] removed() {
            return write(new Edit(path, "remove", null));
        }

        byte[] duplicated() {
            return write(new Edit(path, "duplicate", null));
        }

        private byte[] write(Edit edit) {
            StringBuilder sb = new StringBuilder();
            AifFuzz.write(nodeset.tree, new ArrayList<>(), edit, sb);
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return nodeset + " " + path;
        }
    }

    /** Every site (keys, or keys and array items) of every nodeset. */
    static List<Site> sites(boolean keysOnly) {
        List<Site> out = new ArrayList<>();
        for (Nodeset n : nodesets()) {
            collect(n, n.tree, new ArrayList<>(), keysOnly, out);
        }
        return out;
    }

    /** Each schema path of each kind of nodeset (fixture, export) once, from one of its occurrences (varying with the path). */
    static List<Site> oneOfEach(boolean keysOnly) {
        Map<String, List<Site>> bySchema = new LinkedHashMap<>();
        for (Site s : sites(keysOnly)) {
            String kind = s.nodeset().name().substring(0, s.nodeset().name().indexOf(':'));
            bySchema.computeIfAbsent(kind + ":" + s.schema(), k -> new ArrayList<>()).add(s);
        }
        return bySchema.entrySet().stream()
                .map(e -> e.getValue().get(Math.floorMod(e.getKey().hashCode(), e.getValue().size()))).toList();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Nodeset n, Object v, List<Object> path, boolean keysOnly, List<Site> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                out.add(new Site(n, List.copyOf(p)));
                collect(n, e.getValue(), p, keysOnly, out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                if (!keysOnly) {
                    out.add(new Site(n, List.copyOf(p)));
                }
                collect(n, l.get(i), p, keysOnly, out);
            }
        }
    }

    /** Value of the node or edge at {@code path} (e.g. {@code [nodes, 3]}) in a tree. */
    @SuppressWarnings("unchecked")
    static Object at(Object tree, List<Object> path) {
        Object v = tree;
        for (Object p : path) {
            v = p instanceof Integer i ? ((List<Object>) v).get(i) : ((Map<String, Object>) v).get(p);
        }
        return v;
    }

    // ---------------------------------------------------------------- writing, with one edit

    private record Edit(List<Object> path, String kind, String json) {
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, List<Object> path, Edit edit, StringBuilder sb) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                path.add(e.getKey());
                int times = !path.equals(edit.path) ? 1 : switch (edit.kind) {
                    case "remove" -> 0;
                    case "duplicate" -> 2;
                    default -> 1;
                };
                for (int t = 0; t < times; t++) {
                    sb.append(first ? "\n" : ",\n");
                    first = false;
                    string(e.getKey(), sb);
                    sb.append(": ");
                    value(e.getValue(), path, edit, sb);
                }
                path.remove(path.size() - 1);
            }
            sb.append("\n}");
        } else if (v instanceof List<?> l) {
            sb.append('[');
            boolean first = true;
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                int times = !path.equals(edit.path) ? 1 : switch (edit.kind) {
                    case "remove" -> 0;
                    case "duplicate" -> 2;
                    default -> 1;
                };
                for (int t = 0; t < times; t++) {
                    sb.append(first ? "" : ", ");
                    first = false;
                    value(l.get(i), path, edit, sb);
                }
                path.remove(path.size() - 1);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            string(s, sb);
        } else {
            sb.append(v);
        }
    }

    private static void value(Object v, List<Object> path, Edit edit, StringBuilder sb) {
        if (path.equals(edit.path) && edit.kind.equals("replace")) {
            sb.append(edit.json);
        } else {
            write(v, path, edit, sb);
        }
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder();
        string(s, sb);
        return sb.toString();
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Writes a tree (no edit) back as JSON. */
    static byte[] bytes(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, new ArrayList<>(), new Edit(List.of("\u0000none"), "none", null), sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A deep copy of a tree, to change. */
    @SuppressWarnings("unchecked")
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> c.put(k, copy(x)));
            return c;
        }
        if (v instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(x -> c.add(copy(x)));
            return c;
        }
        return v;
    }

    // ---------------------------------------------------------------- a small JSON reader for the valid nodesets

    /** Reads well-formed JSON (the valid nodesets only) into maps, lists, strings, numbers as text, booleans and null. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s.startsWith("\uFEFF") ? s.substring(1) : s;
        }

        Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = str();
                    space();
                    expect(':');
                    m.put(k, value());
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return str();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return new Raw(word);
        }

        private String str() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalStateException("expected " + c + " at " + (i - 1));
            }
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    /** A number, boolean or null, kept as written. */
    record Raw(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
